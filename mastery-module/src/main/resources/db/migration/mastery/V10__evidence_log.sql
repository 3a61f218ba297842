-- Evidence logs: every attempt, correction, recalled success and pre-attempt check-in of a person,
-- append-only and hash-chained per person; coach feedback on entries; consents to show an entry to
-- peers or managers; the screen before a first climb, who read it, and notices to coaches.
-- No foreign key leaves the log for the ladders' tables: the log outlives any change to them.

create table evidence_entry (
    tenant_id         text        not null,
    id                uuid        not null,
    person            text        not null check (length(person) between 1 and 255),
    seq               bigint      not null check (seq >= 1),
    kind              text        not null check (kind in ('ATTEMPT', 'AMENDMENT', 'RECALLED', 'CHECK_IN')),
    recorded_at       timestamptz not null,
    skill             text        check (length(skill) <= 120),
    life_domain       text        check (life_domain in ('PROFESSIONAL', 'ATHLETIC', 'SOCIAL', 'PERSONAL')),
    ladder_id         uuid,
    climb_id          uuid,
    attempt_id        uuid,
    rung              integer,
    rung_title        text,
    outcome           text        check (outcome in ('SUCCESS', 'PARTIAL', 'NOT_YET')),
    genuine           boolean,
    registered        boolean,
    effort            integer     check (effort between 1 and 10),
    own_share         integer     check (own_share between 0 and 100),
    confidence_before integer     check (confidence_before between 0 and 100),
    confidence_after  integer     check (confidence_after between 0 and 100),
    activation        integer     check (activation between 1 and 10),
    check_in_id       uuid,
    amends            uuid,
    attribution       text        check (attribution in ('OWN_EFFORT_AND_SKILL', 'LUCK', 'OTHER_PEOPLE', 'TOOLS')),
    controllable      boolean,
    words             text        not null check (length(words) <= 40000),
    prev_hash         text        not null check (length(prev_hash) = 64),
    hash              text        not null check (length(hash) = 64),
    primary key (tenant_id, id),
    unique (tenant_id, person, seq),
    foreign key (tenant_id, amends) references evidence_entry (tenant_id, id),
    foreign key (tenant_id, check_in_id) references evidence_entry (tenant_id, id)
);
create index evidence_of_skill on evidence_entry (tenant_id, person, skill);
create index evidence_of_rung on evidence_entry (tenant_id, ladder_id, rung);

-- The head of each person's chain, locked while an entry is appended so entries line up one by one.
create table evidence_chain (
    tenant_id text    not null,
    person    text    not null,
    seq       bigint  not null check (seq >= 0),
    hash      text    not null check (length(hash) = 64),
    primary key (tenant_id, person)
);

create table evidence_feedback (
    tenant_id  text        not null,
    id         uuid        not null,
    entry_id   uuid        not null,
    person     text        not null,
    coach      text        not null,
    coach_name text        not null check (length(coach_name) <= 255),
    skill      text        not null check (length(btrim(skill)) between 1 and 120),
    text       text        not null check (length(btrim(text)) between 1 and 2000),
    given_at   timestamptz not null,
    primary key (tenant_id, id),
    foreign key (tenant_id, entry_id) references evidence_entry (tenant_id, id)
);
create index feedback_of_person on evidence_feedback (tenant_id, person);

-- A person's consent to show one entry to an audience; withdrawn by setting withdrawn_at.
create table entry_consent (
    tenant_id    text        not null,
    id           uuid        not null,
    entry_id     uuid        not null,
    person       text        not null,
    audience     text        not null check (audience in ('PEERS', 'MANAGERS')),
    given_at     timestamptz not null,
    withdrawn_at timestamptz check (withdrawn_at >= given_at),
    primary key (tenant_id, id),
    foreign key (tenant_id, entry_id) references evidence_entry (tenant_id, id)
);
create index consent_of_entry on entry_consent (tenant_id, entry_id);

create table screening (
    tenant_id   text        not null,
    id          uuid        not null,
    person      text        not null,
    answers     text        not null check (length(answers) <= 4000),
    positive    boolean     not null,
    answered_at timestamptz not null,
    primary key (tenant_id, id)
);
create index screening_of_person on screening (tenant_id, person, answered_at);

-- A coach talked with the person after a positive screen: holds are lifted, climbing may go on.
create table screening_clearance (
    tenant_id  text        not null,
    id         uuid        not null,
    person     text        not null,
    cleared_by text        not null,
    cleared_at timestamptz not null,
    primary key (tenant_id, id)
);

-- Every read of a person's screen answers: who, in which role, when.
create table screening_read (
    tenant_id   text        not null,
    id          uuid        not null,
    person      text        not null,
    reader      text        not null,
    reader_role text        not null,
    read_at     timestamptz not null,
    primary key (tenant_id, id)
);

create table coach_notice (
    tenant_id  text        not null,
    id         uuid        not null,
    person     text        not null,
    kind       text        not null check (kind in ('SCREENING_POSITIVE')),
    text       text        not null check (length(text) <= 2000),
    created_at timestamptz not null,
    primary key (tenant_id, id)
);

-- The walls: tenant rows only, for everything above.
alter table evidence_entry enable row level security;
alter table evidence_entry force row level security;
create policy evidence_entry_of_tenant on evidence_entry
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table evidence_chain enable row level security;
alter table evidence_chain force row level security;
create policy evidence_chain_of_tenant on evidence_chain
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table evidence_feedback enable row level security;
alter table evidence_feedback force row level security;
create policy evidence_feedback_of_tenant on evidence_feedback
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table entry_consent enable row level security;
alter table entry_consent force row level security;
create policy entry_consent_of_tenant on entry_consent
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table screening enable row level security;
alter table screening force row level security;
create policy screening_of_tenant on screening
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table screening_clearance enable row level security;
alter table screening_clearance force row level security;
create policy screening_clearance_of_tenant on screening_clearance
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table screening_read enable row level security;
alter table screening_read force row level security;
create policy screening_read_of_tenant on screening_read
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));
alter table coach_notice enable row level security;
alter table coach_notice force row level security;
create policy coach_notice_of_tenant on coach_notice
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

-- Append-only, twice over: the application's role may only read and add (no UPDATE or DELETE
-- granted), and a trigger refuses any change or removal whoever asks, the owner included.
create function refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'mastery.% is append-only: % refused', tg_table_name, tg_op
        using errcode = '42501';
end
$$;

create trigger evidence_entry_append_only before update or delete on evidence_entry
    for each row execute function refuse_change();
create trigger evidence_entry_no_truncate before truncate on evidence_entry
    for each statement execute function refuse_change();
create trigger evidence_feedback_append_only before update or delete on evidence_feedback
    for each row execute function refuse_change();
create trigger screening_append_only before update or delete on screening
    for each row execute function refuse_change();
create trigger screening_clearance_append_only before update or delete on screening_clearance
    for each row execute function refuse_change();
create trigger screening_read_append_only before update or delete on screening_read
    for each row execute function refuse_change();

grant select, insert on evidence_entry, evidence_feedback, screening, screening_clearance,
    screening_read, coach_notice to "${app_role}";
grant select, insert, update on evidence_chain, entry_consent to "${app_role}";
