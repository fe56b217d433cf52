-- Her name, her children, the criteria justifications and the shelter contact are encrypted from now on, like CPR
-- number and phone (docs/decisions/022-encrypted-referral-fields.md); the columns say so by their names. Rows written
-- before hold these in clear: they are marked 'v0:' so the service reads them for what they are, never by guessing,
-- until the re-encryption rewrites them under the current key (docs/personal-data-keys.md).
alter table referrals rename column woman_name to woman_protected_name;
alter table referrals rename column children to protected_children;
alter table referrals rename column shelter_contact_name to protected_shelter_contact_name;
alter table referrals rename column shelter_contact_phone to protected_shelter_contact_phone;

-- The owner is bound by the tenant policy too (forced): lifted for this one statement, which runs for every tenant.
alter table referrals no force row level security;
update referrals set
    woman_protected_name = 'v0:' || woman_protected_name,
    protected_children = 'v0:' || protected_children,
    protected_shelter_contact_name = 'v0:' || protected_shelter_contact_name,
    protected_shelter_contact_phone = 'v0:' || protected_shelter_contact_phone,
    criteria = (
        select jsonb_agg(
            (c - 'justification') || jsonb_build_object(
                'protectedJustification',
                case when coalesce(c ->> 'justification', '') = '' then '' else 'v0:' || (c ->> 'justification') end)
            order by position)
        from jsonb_array_elements(criteria::jsonb) with ordinality as element(c, position))::text;
alter table referrals force row level security;
