-- What a course ended to, the support she goes on to, apart from why it ended (seed 001; docs/decisions/412-what-a-course-ends-to.md).
-- Null for courses closed before it was registered.
alter table referrals add column course_ends_to text;
