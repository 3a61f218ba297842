-- Plan settings, members, invitations, branding and custom domains.
-- Every table with a tenant_id column is walled off by row-level security, enabled and forced:
-- the application's role sees and writes only the rows of the tenant its transaction set with
-- set_config('app.tenant_id', <slug>, true). Foreign keys carry tenant_id, so no row can point
-- into another tenant.

alter table tenant
    add column trial_days      integer       not null default 7 check (trial_days between 0 and 90),
    add column price_per_month numeric(10, 2) not null default 40.00 check (price_per_month >= 0),
    add column currency        char(3)       not null default 'USD' check (currency ~ '^[A-Z]{3}$'),
    add column seats           integer       check (seats between 1 and 100000),
    add column email_domain    text          unique check (email_domain = lower(email_domain)),
    add column keycloak_id     text          unique;

create table member (
    tenant_id    text        not null references tenant (slug),
    subject      text        not null check (length(subject) between 1 and 255),
    email        text        check (length(email) <= 254),
    display_name text        check (length(display_name) <= 200),
    role         text        not null
                             check (role in ('OWNER', 'ADMIN', 'COACH', 'CLIENT', 'MANAGER', 'STAFF')),
    joined_at    timestamptz not null,
    removed_at   timestamptz,
    version      bigint      not null default 0,
    primary key (tenant_id, subject)
);

create table invitation (
    tenant_id  text        not null references tenant (slug),
    email      text        not null check (email = lower(email) and length(email) <= 254),
    role       text        not null
                           check (role in ('OWNER', 'ADMIN', 'COACH', 'CLIENT', 'MANAGER', 'STAFF')),
    invited_by text        not null,
    invited_at timestamptz not null,
    primary key (tenant_id, email)
);

create table branding (
    tenant_id          text        primary key references tenant (slug),
    display_name       text        not null check (length(btrim(display_name)) between 1 and 120),
    primary_color      text        not null check (primary_color ~ '^#[0-9A-F]{6}$'),
    primary_text_color text        not null check (primary_text_color ~ '^#[0-9A-F]{6}$'),
    accent_color       text        not null check (accent_color ~ '^#[0-9A-F]{6}$'),
    accent_text_color  text        not null check (accent_text_color ~ '^#[0-9A-F]{6}$'),
    support_email      text        check (length(support_email) <= 254),
    logo               bytea       check (octet_length(logo) <= 524288),
    logo_media_type    text        check (logo_media_type in ('image/png', 'image/jpeg', 'image/svg+xml')),
    updated_at         timestamptz not null,
    version            bigint      not null default 0
);

create table custom_domain (
    tenant_id          text        not null references tenant (slug),
    domain             text        not null check (domain = lower(domain) and length(domain) <= 253),
    verification_token text        not null,
    created_at         timestamptz not null,
    verified_at        timestamptz,
    primary key (tenant_id, domain)
);
-- a domain belongs to one tenant at most, whoever asks
create unique index custom_domain_unique on custom_domain (domain);

alter table member enable row level security;
alter table member force row level security;
create policy member_of_tenant on member
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table invitation enable row level security;
alter table invitation force row level security;
create policy invitation_of_tenant on invitation
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table branding enable row level security;
alter table branding force row level security;
create policy branding_of_tenant on branding
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table custom_domain enable row level security;
alter table custom_domain force row level security;
create policy custom_domain_of_tenant on custom_domain
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
-- a verified domain is public (it is in DNS): any request may find which tenant it serves
create policy verified_domain_is_public on custom_domain for select
    using (verified_at is not null);

grant select, insert, update, delete on member, invitation, custom_domain to "${app_role}";
grant select, insert, update on branding to "${app_role}";
