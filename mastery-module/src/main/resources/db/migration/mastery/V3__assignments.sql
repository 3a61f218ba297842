-- An organisation (or a coach) can assign a ladder to a person, optionally by a date.
alter table climb
    add column assigned_by text,
    add column due_on      date;
