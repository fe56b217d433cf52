-- What the committee needs beyond the criteria (seeds 001/002; docs/decisions/029-what-the-referral-carries.md): her
-- own wish for CTI, when she entered the shelter, whether a home is allocated and from when, the protected-address and
-- safe-SMS flags, and the children who live with their father. Referrals submitted before were never asked: their
-- situation stays null rather than a guess.
alter table referrals
    add column situation_wants_cti boolean,
    add column situation_shelter_entered_on date,
    add column situation_home_allocated boolean,
    add column situation_home_available_from date,
    add column situation_protected_address boolean,
    add column situation_sms_safe boolean,
    add column protected_children_with_father text;

-- No children with their father were recorded before: an empty list, marked 'v0:' as clear text like migration 0003's
-- values, until the re-encryption rewrites it under the current key. The owner is bound by the tenant policy (forced):
-- lifted for this one statement, which runs for every tenant.
alter table referrals no force row level security;
update referrals set protected_children_with_father = 'v0:[]';
alter table referrals force row level security;
alter table referrals alter column protected_children_with_father set not null;
