-- The nightly reconciliation written as plain set-based SQL: the benchmark's lower bound, the
-- database work the Jakarta Batch job cannot do with less. It makes the same changes as the job, in
-- one transaction, and leaves the same records (job_run, run_action, audit_entry):
--
--   createdb -h 127.0.0.1 -U postgres -T fp_bench fp_bench_copy
--   psql -h 127.0.0.1 -U postgres -d fp_bench_copy -X -v ON_ERROR_STOP=1 -f batch/src/benchmark/reconcile-lower-bound.sql
--
-- What it leaves out: mail. The job tells the DFP and the delegate of each change and records each
-- mail in run_notification; SQL sends none, so the lower bound is the database work alone.
--
-- The rule is RegistrationApproval.qualifiesForAutomaticApproval with OptInStanding.inEffectOn:
-- a statutory event (not a workshop), an ACTIVE account, an APPROVED affiliation, GRANTED TIES
-- access, and the member's opt-in for the event's sector in effect today and within the study
-- period. The study period is the application's default (StudyPeriod.current()); pass others with
-- -v period_name=... -v period_ends_on=...

\set ON_ERROR_STOP on
\if :{?period_name}
\else
\set period_name 2025-2028
\endif
\if :{?period_ends_on}
\else
\set period_ends_on 2028-12-31
\endif
\timing on

set work_mem = '64MB';

begin;

-- One run, as the job records it. Every id below comes from its table's sequence (nextval per row:
-- each value is a block of ids to EclipseLink, of which this uses the first).
insert into job_run (id, version, job_name, dry_run, started_by_id, node, requested_at, state)
values (nextval('job_run_seq'), 1, 'reconciliation', false, null, 'psql', localtimestamp, 'RUNNING')
returning id as run_id \gset

-- Opt-ins past their lapse date, or past the end of the study period, lapse: from the day after
-- the earlier of the two, with a history entry, a run action and an audit entry each.
with lapsed as (
    update opt_in_setting s
    set opted_in = false,
        effective_on = least(coalesce(s.lapses_on, :'period_ends_on'::date), :'period_ends_on'::date) + 1,
        lapses_on = null,
        version = s.version + 1
    where s.opted_in and (s.lapses_on < current_date or current_date > :'period_ends_on'::date)
    returning s.id, s.organization_id, s.sector, s.effective_on
), history as (
    insert into opt_in_change (id, organization_id, sector, opted_in, effective_on, source, reference, note,
                               recorded_by_id, recorded_at)
    select nextval('opt_in_change_seq'), organization_id, sector, false, effective_on, 'STUDY_PERIOD_END', null,
           'Lapsed at the end of the opt-in (study period ' || :'period_name' || ')', null, localtimestamp
    from lapsed
), actions as (
    insert into run_action (id, run_id, action, subject_key, organization_id, registration_id, account_id, event_id,
                            sector, detail)
    select nextval('run_action_seq'), :run_id, 'OPT_IN_LAPSED', 'opt-in:' || organization_id || ':' || sector,
           organization_id, null, null, null, sector, 'opted out from ' || effective_on
    from lapsed
)
insert into audit_entry (id, occurred_at, actor_id, actor_label, on_behalf_of_id, action, subject_type, subject_id,
                         detail, reason)
select nextval('audit_entry_seq'), localtimestamp, null, 'FocalPoint', l.organization_id, 'OPT_IN_LAPSED',
       'OptInSetting', l.id,
       o.name || ', ' || replace(l.sector, '_', '-') || ': the opt-in lapsed; opted out from ' || l.effective_on,
       'End of the opt-in (study period ' || :'period_name' || ')'
from lapsed l
join organization o on o.id = l.organization_id;

-- The registrations to events that have not ended, against the delegation lists as they stand
-- now (after the lapse above): each that the rule no longer backs, or now backs, changes once.
with standing as (
    select r.id, r.state, r.account_id, r.event_id, e.sector, af.organization_id, s.effective_on,
           ac.state = 'ACTIVE' and af.state = 'APPROVED' as in_good_standing,
           e.kind <> 'WORKSHOP'
               and ac.state = 'ACTIVE' and af.state = 'APPROVED'
               and t.state is not distinct from 'GRANTED'
               and coalesce(s.opted_in and s.effective_on <= current_date
                            and (s.lapses_on is null or s.lapses_on >= current_date)
                            and current_date <= :'period_ends_on'::date, false) as qualifies,
           -- why an automatic approval lost its basis, for the summary
           case when ac.state <> 'ACTIVE' then 'account not active'
                when af.state <> 'APPROVED' then 'affiliation ' || lower(af.state)
                when t.state is distinct from 'GRANTED' then 'TIES access ' || coalesce(lower(t.state), 'missing')
                when e.kind = 'WORKSHOP' then 'not a statutory event'
                when l.subject_key is not null then 'opt-in lapsed'
                when s.id is null or not s.opted_in then 'member opted out'
                else 'opt-in not in effect' end as why_not
    from registration r
    join event e on e.id = r.event_id
    join account ac on ac.id = r.account_id
    join affiliation af on af.id = r.affiliation_id
    left join ties_access t on t.affiliation_id = af.id
    left join opt_in_setting s on s.organization_id = af.organization_id and s.sector = e.sector
    left join run_action l on l.run_id = :run_id and l.action = 'OPT_IN_LAPSED'
                          and l.subject_key = 'opt-in:' || af.organization_id || ':' || e.sector
    where e.ends_on >= current_date
      and r.state in ('AUTO_APPROVED', 'APPROVED', 'PENDING_APPROVAL')
), due as (
    select st.*,
           case when st.state = 'AUTO_APPROVED' and not st.qualifies then 'AUTO_APPROVAL_WITHDRAWN'
                when st.state = 'APPROVED' and not st.in_good_standing then 'CANCELLED'
                when st.state = 'PENDING_APPROVAL' and st.qualifies then 'AUTO_APPROVED' end as action
    from standing st
), changed as (
    update registration r
    set state = case d.action when 'AUTO_APPROVAL_WITHDRAWN' then 'PENDING_APPROVAL'
                              when 'CANCELLED' then 'CANCELLED'
                              else 'AUTO_APPROVED' end,
        basis = case d.action
                    when 'AUTO_APPROVAL_WITHDRAWN' then 'Waits for the Designated Focal Point for ' || replace(d.sector, '_', '-')
                    when 'CANCELLED' then 'Cancelled: the delegate is no longer ' || case when d.why_not = 'account not active'
                                                                                          then 'active' else 'affiliated' end
                    else 'Automatic approval: the member opted in for ' || replace(d.sector, '_', '-') || ' from '
                         || d.effective_on || ' (TSB Circular 118, study period ' || :'period_name' || ')' end,
        decided_at = case when d.action = 'AUTO_APPROVAL_WITHDRAWN' then null else localtimestamp end,
        decided_by_id = null,
        reason = null,
        version = r.version + 1
    from due d
    where r.id = d.id and d.action is not null
    returning r.id, r.basis, d.action, d.account_id, d.event_id, d.sector, d.organization_id, d.why_not
), actions as (
    insert into run_action (id, run_id, action, subject_key, organization_id, registration_id, account_id, event_id,
                            sector, detail)
    select nextval('run_action_seq'), :run_id, c.action, 'registration:' || c.id, c.organization_id, c.id, c.account_id,
           c.event_id, c.sector, case when c.action = 'AUTO_APPROVED' then null else c.why_not end
    from changed c
)
insert into audit_entry (id, occurred_at, actor_id, actor_label, on_behalf_of_id, action, subject_type, subject_id,
                         detail, reason)
select nextval('audit_entry_seq'), localtimestamp, null, 'FocalPoint', c.organization_id,
       case c.action when 'AUTO_APPROVAL_WITHDRAWN' then 'REGISTRATION_AUTO_APPROVAL_WITHDRAWN'
                     when 'CANCELLED' then 'REGISTRATION_CANCELLED'
                     else 'REGISTRATION_AUTO_APPROVED' end,
       'Registration', c.id,
       a.given_name || ' ' || a.family_name || ' <' || a.email || '>, ' || e.title || ', on behalf of ' || o.name
           || ': ' || c.basis,
       case when c.action = 'AUTO_APPROVED' then null else c.why_not end
from changed c
join account a on a.id = c.account_id
join event e on e.id = c.event_id
join organization o on o.id = c.organization_id;

update job_run set state = 'COMPLETED', ended_at = localtimestamp, version = version + 1 where id = :run_id;

commit;

\timing off
select action, count(*) from run_action where run_id = :run_id group by action order by action;
