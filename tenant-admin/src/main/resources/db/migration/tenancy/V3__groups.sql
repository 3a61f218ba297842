-- Groups of members (for example "Front desk" or "New starters"), so an organisation can assign a
-- ladder to everyone in one at once. A group belongs to one tenant; its members are that tenant's
-- members.

create table member_group (
    tenant_id  text        not null references tenant (slug),
    name       text        not null check (length(btrim(name)) between 1 and 80 and name = btrim(name)),
    created_by text        not null,
    created_at timestamptz not null,
    primary key (tenant_id, name)
);
-- "Front desk" and "front desk" are the same group
create unique index member_group_name on member_group (tenant_id, lower(name));

create table group_member (
    tenant_id  text not null,
    group_name text not null,
    subject    text not null,
    primary key (tenant_id, group_name, subject),
    foreign key (tenant_id, group_name) references member_group (tenant_id, name) on delete cascade,
    foreign key (tenant_id, subject) references member (tenant_id, subject)
);

alter table member_group enable row level security;
alter table member_group force row level security;
create policy member_group_of_tenant on member_group
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table group_member enable row level security;
alter table group_member force row level security;
create policy group_member_of_tenant on group_member
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert, delete on member_group, group_member to "${app_role}";
