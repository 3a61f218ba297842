-- Subscriptions, trials and billing events (issue 6).
-- A client of a coaching business holds one subscription per tenant; it starts as a trial and
-- follows the billing provider's states (Stripe's, plus trial_ended). The row outlives the
-- membership, so leaving and rejoining never starts a second trial; trial_email stops a second
-- account with the same verified email from starting one.

alter table tenant
    add column grace_days  integer not null default 7 check (grace_days between 0 and 60),
    add column trial_start text    not null default 'ON_JOIN' check (trial_start in ('ON_JOIN', 'ON_REQUEST'));

create table subscription (
    tenant_id             text        not null references tenant (slug),
    holder                text        not null check (length(holder) between 1 and 255),
    state                 text        not null check (state in ('trialing', 'active', 'past_due',
                              'canceled', 'unpaid', 'paused', 'incomplete', 'incomplete_expired',
                              'trial_ended')),
    trial_email           text        check (trial_email = lower(trial_email)),
    trial_started_at      timestamptz,
    trial_ends_at         timestamptz,
    current_period_end    timestamptz,
    past_due_since        timestamptz,
    converted_at          timestamptz,
    provider_customer     text,
    provider_subscription text,
    last_event_at         timestamptz,
    updated_at            timestamptz not null,
    version               bigint      not null default 0,
    primary key (tenant_id, holder),
    check ((trial_started_at is null) = (trial_ends_at is null))
);
-- one trial per verified email per tenant
create unique index subscription_trial_email on subscription (tenant_id, trial_email)
    where trial_email is not null;
create index subscription_trial_ends on subscription (tenant_id, trial_ends_at)
    where state = 'trialing';

-- Each provider event is applied once: its id is claimed in the transaction that applies it.
create table billing_event (
    event_id    text        primary key check (length(event_id) between 1 and 255),
    tenant_id   text        not null references tenant (slug),
    type        text        not null,
    created     timestamptz not null,
    received_at timestamptz not null,
    outcome     text        not null
);

-- Each reminder of each trial is claimed once, by whichever instance inserts the row first; the
-- email is sent in the same transaction, so a failed send releases the claim for a later try.
create table trial_reminder (
    tenant_id     text        not null,
    holder        text        not null,
    kind          text        not null check (kind in ('ENDING_SOON', 'ENDED')),
    trial_ends_at timestamptz not null,
    sent_at       timestamptz not null,
    sent_to       text        not null,
    primary key (tenant_id, holder, kind, trial_ends_at),
    foreign key (tenant_id, holder) references subscription (tenant_id, holder)
);

alter table subscription enable row level security;
alter table subscription force row level security;
create policy subscription_of_tenant on subscription
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table billing_event enable row level security;
alter table billing_event force row level security;
create policy billing_event_of_tenant on billing_event
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table trial_reminder enable row level security;
alter table trial_reminder force row level security;
create policy trial_reminder_of_tenant on trial_reminder
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert, update on subscription to "${app_role}";
grant select, insert on billing_event, trial_reminder to "${app_role}";
