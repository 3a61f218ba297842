-- Ladder templates (versioned), their rungs, people's climbs and their attempts.
-- Every table is tenant-owned: row-level security enabled and forced, tenant_id first in every
-- key and foreign key. No foreign key leaves this schema: tenants are referred to by slug.

create table ladder (
    tenant_id   text        not null,
    id          uuid        not null,
    family      uuid        not null,
    version     integer     not null check (version >= 1),
    skill       text        not null check (length(btrim(skill)) between 1 and 120),
    life_domain text        not null
                            check (life_domain in ('PROFESSIONAL', 'ATHLETIC', 'SOCIAL', 'PERSONAL')),
    description text        check (length(description) <= 2000),
    created_by  text        not null,
    created_at  timestamptz not null,
    primary key (tenant_id, id),
    unique (tenant_id, family, version)
);

create table rung (
    tenant_id           text             not null,
    id                  uuid             not null,
    ladder_id           uuid             not null,
    position            integer          not null check (position >= 1),
    title               text             not null check (length(btrim(title)) between 1 and 120),
    task                text             not null check (length(task) between 1 and 2000),
    success_criteria    text             not null check (length(success_criteria) between 1 and 2000),
    stakes              text             not null check (stakes in ('LOW', 'MEDIUM', 'HIGH')),
    streak_needed       integer          not null check (streak_needed between 1 and 20),
    min_effort          integer          check (min_effort between 1 and 10),
    difficulty          double precision not null,
    difficulty_attempts integer          not null default 0,
    version             bigint           not null default 0,
    primary key (tenant_id, id),
    unique (tenant_id, ladder_id, position),
    foreign key (tenant_id, ladder_id) references ladder (tenant_id, id)
);

create table climb (
    tenant_id        text             not null,
    id               uuid             not null,
    person           text             not null,
    ladder_id        uuid             not null,
    current_rung     integer          not null check (current_rung >= 1),
    streak           integer          not null default 0 check (streak >= 0),
    ability          double precision not null,
    ability_attempts integer          not null default 0,
    status           text             not null check (status in ('CLIMBING', 'COMPLETED')),
    started_at       timestamptz      not null,
    version          bigint           not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, ladder_id) references ladder (tenant_id, id)
);
create index climb_of_person on climb (tenant_id, person);

create table attempt (
    tenant_id         text        not null,
    id                uuid        not null,
    climb_id          uuid        not null,
    rung              integer     not null,
    outcome           text        not null check (outcome in ('SUCCESS', 'PARTIAL', 'NOT_YET')),
    effort            integer     not null check (effort between 1 and 10),
    felt_difficulty   integer     not null check (felt_difficulty between 1 and 10),
    confidence_before integer     not null check (confidence_before between 0 and 100),
    help              text        not null check (help in ('INDEPENDENT', 'COACH', 'PEER', 'AI_TOOL')),
    own_share         integer     not null check (own_share between 0 and 100),
    tool_use          text        check (tool_use in ('OWN_ATTEMPT_FIRST', 'TOOL_PRODUCED')),
    genuine           boolean     not null,
    recorded_at       timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, climb_id) references climb (tenant_id, id)
);
create index attempt_of_climb on attempt (tenant_id, climb_id, recorded_at);

alter table ladder enable row level security;
alter table ladder force row level security;
create policy ladder_of_tenant on ladder
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table rung enable row level security;
alter table rung force row level security;
create policy rung_of_tenant on rung
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table climb enable row level security;
alter table climb force row level security;
create policy climb_of_tenant on climb
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table attempt enable row level security;
alter table attempt force row level security;
create policy attempt_of_tenant on attempt
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert on ladder to "${app_role}";
grant select, insert, update on rung, climb to "${app_role}";
-- attempts are a record: the application adds them and never changes or removes one
grant select, insert on attempt to "${app_role}";
