-- A tenant's calibration and climbing settings, pauses of climbs, and ladders a coach suggests.

-- One row per tenant that changed a default; a tenant without a row uses the configured defaults.
create table settings (
    tenant_id           text             primary key,
    target_low          double precision not null check (target_low >= 0.5 and target_low < 0.99),
    target_high         double precision not null check (target_high > target_low and target_high <= 0.99),
    own_share_threshold integer          not null check (own_share_threshold between 0 and 100),
    longest_pause_days  integer          not null check (longest_pause_days between 1 and 365),
    streak_lapse_days   integer          not null check (streak_lapse_days between 1 and 365),
    updated_by          text             not null,
    updated_at          timestamptz      not null,
    version             bigint           not null default 0
);

-- When a climb last saw an attempt: a streak lapses after a tenant-set number of days without one,
-- paused days not counted.
alter table climb add column last_attempt_at timestamptz;

-- A pause the person takes (illness, holiday), up to the tenant's longest, or a hold placed on
-- their behalf (for example after a screening answer) that only a coach lifts. A pause ends at
-- ends_at or when resumed, whichever comes first.
create table pause (
    tenant_id  text        not null,
    id         uuid        not null,
    climb_id   uuid        not null,
    kind       text        not null check (kind in ('PAUSE', 'HOLD')),
    reason     text        check (length(reason) <= 500),
    starts_at  timestamptz not null,
    ends_at    timestamptz check (ends_at > starts_at),
    resumed_at timestamptz check (resumed_at >= starts_at),
    created_by text        not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, climb_id) references climb (tenant_id, id),
    check (kind = 'HOLD' or ends_at is not null)
);
create index pause_of_climb on pause (tenant_id, climb_id, starts_at);

-- A ladder a coach suggests to one person, who accepts (starting a climb) or declines.
create table suggestion (
    tenant_id    text        not null,
    id           uuid        not null,
    person       text        not null check (length(person) between 1 and 255),
    ladder_id    uuid        not null,
    suggested_by text        not null,
    note         text        check (length(note) <= 1000),
    created_at   timestamptz not null,
    answer       text        check (answer in ('ACCEPTED', 'DECLINED')),
    answered_at  timestamptz,
    climb_id     uuid,
    version      bigint      not null default 0,
    primary key (tenant_id, id),
    foreign key (tenant_id, ladder_id) references ladder (tenant_id, id),
    foreign key (tenant_id, climb_id) references climb (tenant_id, id),
    check ((answer is null) = (answered_at is null)),
    check (climb_id is null or answer = 'ACCEPTED')
);
create index suggestion_of_person on suggestion (tenant_id, person, created_at);

alter table settings enable row level security;
alter table settings force row level security;
create policy settings_of_tenant on settings
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table pause enable row level security;
alter table pause force row level security;
create policy pause_of_tenant on pause
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table suggestion enable row level security;
alter table suggestion force row level security;
create policy suggestion_of_tenant on suggestion
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert, update on settings, pause, suggestion to "${app_role}";
