-- The reconciliation benchmark's data: 1,000 organizations, 100,000 accounts, 200 events and
-- 1,000,000 registrations, written into an empty, migrated FocalPoint schema (PostgreSQL):
--
--   psql -h 127.0.0.1 -U postgres -d fp_bench -v ON_ERROR_STOP=1 -f batch/src/benchmark/generate.sql
--
-- Deterministic: every choice is a hash of a row's number (pg_temp.u below), never random(), so two
-- runs on the same day give the same rows and the job and the lower bound see the same work.
-- Dates are relative to current_date, because "events that have not ended" is.
--
-- Most registrations stand as the approval rule (RegistrationApproval) says they should; a few
-- percent of those to events that have not ended are what the nightly reconciliation exists for:
-- AUTO_APPROVED whose basis is gone (account deactivated, affiliation removed, TIES revoked, member
-- opted out, opt-in lapsed), APPROVED whose delegate is no longer active or affiliated, and
-- PENDING_APPROVAL that now qualifies for automatic approval. About 20 opt-ins are past their
-- lapse date and still opted in, for the lapse to have work.
--
-- Generated ids start above 1,000,000, clear of demo data; the sequences are set past them.
-- The study period is the application's default: 2025-2028, ending 2028-12-31.

\set ON_ERROR_STOP on
\timing on

set work_mem = '256MB';
set maintenance_work_mem = '256MB';
set synchronous_commit = off;

do $$
begin
    if exists (select 1 from account where id > 1000000) or exists (select 1 from registration where id > 1000000) then
        raise exception 'generated data is already present: run generate.sql on an empty, migrated schema';
    end if;
end $$;

-- A uniform number in [0, 1) drawn from a row's number and a salt: the same row, the same draw.
create function pg_temp.u(k bigint, salt bigint) returns double precision
    language sql immutable parallel safe
    as $$ select (hashint8extended(k, salt) & 2147483647)::double precision / 2147483648 $$;

begin;

-- Organizations: 193 member states, then sector members, academia, associates and a few others.
insert into organization (id, version, name, country, category, address, active, ties_focal_point_id, created_at)
select 1000000 + o, 1,
       case when o <= 193 then 'Administration ' || o || ' (' || c.country || ')'
            else 'Organization ' || o || ' ' || (array['Telecom', 'Networks', 'University', 'Institute',
                 'Systems', 'Mobile', 'Labs', 'Group'])[1 + (o % 8)] end,
       c.country,
       case when o <= 193 then 'MEMBER_STATE'
            when u < 0.60 then 'SECTOR_MEMBER'
            when u < 0.80 then 'ACADEMIA'
            when u < 0.92 then 'ASSOCIATE'
            when u < 0.95 then 'INTERNATIONAL_REGIONAL_ORGANIZATION'
            when u < 0.97 then 'UNITED_NATIONS'
            when u < 0.985 then 'SPECIALIZED_AGENCY'
            when u < 0.995 then 'RESOLUTION_99'
            else 'NON_MEMBER' end,
       'Street ' || o, true, null,
       timestamp '2012-01-01' + o * interval '1 day'
from generate_series(1, 1000) o
cross join lateral (select pg_temp.u(o, 1) as u) d
cross join lateral (select (array['CH', 'FR', 'DE', 'US', 'GB', 'JP', 'CN', 'IN', 'BR', 'ZA', 'KE', 'NG', 'EG',
        'SA', 'AE', 'KR', 'AU', 'CA', 'MX', 'AR', 'IT', 'ES', 'SE', 'FI', 'NO', 'PL', 'RU', 'TR', 'ID', 'MY',
        'SG', 'TH', 'VN', 'PH', 'PK', 'BD', 'GH', 'SN', 'MA', 'TN'])[1 + floor(pg_temp.u(o, 2) * 40)::int] as country) c;

-- Sectors: member states in all three; nearly all others in ITU-T, many in ITU-R or ITU-D too.
insert into organization_sector (organization_id, sector)
select 1000000 + o, s.sector
from generate_series(1, 1000) o
cross join (values ('ITU_T', 3, 0.97), ('ITU_R', 4, 0.45), ('ITU_D', 5, 0.50)) s(sector, salt, share)
where o <= 193 or pg_temp.u(o, s.salt) < s.share
   or (s.sector = 'ITU_T' and pg_temp.u(o, 4) >= 0.45 and pg_temp.u(o, 5) >= 0.50);

-- Accounts, each with an organization drawn with a skew (a few large delegations, many small):
-- the k-th largest is organization 1 + (k * 7919 mod 1000), so size and category are unrelated.
create temp table gen_account on commit drop as
select a,
       1000000 + a as id,
       1000001 + (floor(1000 * power(pg_temp.u(a, 10), 1.6))::int * 7919) % 1000 as org1,
       pg_temp.u(a, 11) < 0.01 as deactivated,
       pg_temp.u(a, 13) < 0.10 as second,
       timestamp '2016-01-01' + floor(pg_temp.u(a, 15) * 3000) * interval '1 day' as created_at
from generate_series(1, 100000) a;

insert into account (id, version, email, email_key, password_hash, given_name, family_name, title, phone,
                     country, state, staff, must_change_password, created_at, deactivated_at)
select g.id, 1,
       n.given || '.' || n.family || g.a || '@Org' || (g.org1 - 1000000) || '.example.org',
       lower(n.given || '.' || n.family || g.a || '@Org' || (g.org1 - 1000000) || '.example.org'),
       'generated-no-login', n.given, n.family, null, null, o.country,
       case when g.deactivated then 'DEACTIVATED' else 'ACTIVE' end, false, false, g.created_at,
       case when g.deactivated then g.created_at + interval '400 days' end
from gen_account g
join organization o on o.id = g.org1
cross join lateral (select
    (array['Anna', 'Ben', 'Chen', 'Dara', 'Elif', 'Femi', 'Gita', 'Hugo', 'Ines', 'Jun', 'Kofi', 'Lena', 'Mehdi',
           'Nora', 'Omar', 'Priya', 'Quentin', 'Rosa', 'Sven', 'Tariq'])[1 + floor(pg_temp.u(g.a, 16) * 20)::int] as given,
    (array['Achebe', 'Berg', 'Costa', 'Dubois', 'Evans', 'Fischer', 'Garcia', 'Haddad', 'Ito', 'Jensen', 'Kim',
           'Lopez', 'Mensah', 'Nakamura', 'Okafor', 'Petrov', 'Qureshi', 'Rossi', 'Sato', 'Tanaka', 'Uddin',
           'Varga', 'Wang', 'Xu', 'Yilmaz', 'Zhou', 'Silva', 'Novak', 'Keller', 'Moreau'])[1 + floor(pg_temp.u(g.a, 17) * 30)::int] as family) n;

-- Affiliations: one each, a tenth have a second with another organization. Mostly approved; ~1.5%
-- removed since (the delegate left), a few still requested or rejected.
insert into affiliation (id, version, account_id, organization_id, state, requested_at, decided_at, decided_by_id, reason)
select f.id, 1, g.id, f.org, f.state, g.created_at + interval '1 day',
       case when f.state <> 'REQUESTED' then g.created_at + interval '3 days' end, null,
       case when f.state = 'REMOVED' then 'Left the organization' when f.state = 'REJECTED' then 'Not known to us' end
from gen_account g
cross join lateral (
    select 1000000 + g.a as id, g.org1 as org, pg_temp.u(g.a, 12) as v
    union all
    select 1100000 + g.a, 1000001 + (g.org1 - 1000001 + 1 + floor(pg_temp.u(g.a, 14) * 999)::int) % 1000,
           pg_temp.u(g.a, 18)
    where g.second) x
cross join lateral (select x.id, x.org, case when x.v < 0.015 then 'REMOVED' when x.v < 0.025 then 'REQUESTED'
                                             when x.v < 0.03 then 'REJECTED' else 'APPROVED' end as state) f;

-- TIES access for most affiliations that were approved: mostly granted, some requested, revoked, rejected.
insert into ties_access (id, version, affiliation_id, state, requested_at, decided_at, decided_by_id, reason)
select af.id, 1, af.id, t.state, af.decided_at + interval '1 day',
       case when t.state <> 'REQUESTED' then af.decided_at + interval '5 days' end, null,
       case when t.state = 'REVOKED' then 'No longer needs TIES' when t.state = 'REJECTED' then 'Not a delegate' end
from affiliation af
cross join lateral (select pg_temp.u(af.id, 20) as v) d
cross join lateral (select case when v < 0.85 then 'GRANTED' when v < 0.91 then 'REQUESTED'
                                when v < 0.97 then 'REVOKED' else 'REJECTED' end as state) t
where af.id > 1000000 and af.state in ('APPROVED', 'REMOVED') and pg_temp.u(af.id, 21) < 0.92;

-- A Designated Focal Point per organization and sector: one of its active, approved people.
insert into designated_focal_point (id, version, organization_id, sector, account_id, appointed_at)
select 1000000 + row_number() over (order by organization_id, sector), 1, organization_id, sector, account_id,
       timestamp '2024-06-01'
from (select distinct on (os.organization_id, os.sector) os.organization_id, os.sector, af.account_id
      from organization_sector os
      join affiliation af on af.organization_id = os.organization_id and af.state = 'APPROVED'
      join account ac on ac.id = af.account_id and ac.state = 'ACTIVE'
      where os.organization_id > 1000000
      order by os.organization_id, os.sector, hashint8extended(af.account_id, ascii(right(os.sector, 1)))) d;

-- The TIES Focal Point: the ITU-T DFP, or the organization's first DFP.
update organization o set ties_focal_point_id = d.account_id
from (select distinct on (organization_id) organization_id, account_id
      from designated_focal_point where organization_id > 1000000
      order by organization_id, sector <> 'ITU_T', sector) d
where o.id = d.organization_id;

-- Opt-ins (TSB Circular 118) of ~30% of the ITU-T members: most in effect until the study period
-- ends; ~20 past their lapse date yet still opted in (the lapse's work); ~30 opted out since; a few
-- taking effect next month. A few ITU-D members opted in as well. opted_in_from is when the opt-in
-- that auto-approved registrations began (for those opted out since, before their opt-out).
create temp table gen_opt_in on commit drop as
select id, organization_id, sector, opted_in, effective_on, lapses_on,
       case when effective_on <= current_date then past end as opted_in_from
from (select 1000000 + o + case when s.sector = 'ITU_D' then 1000 else 0 end as id,
             1000000 + o as organization_id, s.sector,
             case when s.sector = 'ITU_T' and v < 0.07 then 'LAPSED'
                  when s.sector = 'ITU_T' and v < 0.17 then 'OUT'
                  when s.sector = 'ITU_T' and v < 0.20 then 'NEXT_MONTH'
                  else 'IN' end as kind,
             current_date - (100 + floor(pg_temp.u(o, 42) * 250)::int) as past,
             current_date - (5 + floor(pg_temp.u(o, 43) * 90)::int) as recent,
             current_date + (1 + floor(pg_temp.u(o, 43) * 30)::int) as soon,
             current_date - (1 + floor(pg_temp.u(o, 45) * 60)::int) as lapse
      from generate_series(1, 1000) o
      cross join (values ('ITU_T', 40, 0.30), ('ITU_D', 44, 0.05)) s(sector, salt, share)
      join organization_sector os on os.organization_id = 1000000 + o and os.sector = s.sector
      cross join lateral (select pg_temp.u(o, 41) as v) d
      where pg_temp.u(o, s.salt) < s.share) c
cross join lateral (select kind <> 'OUT' as opted_in,
                           case kind when 'OUT' then recent when 'NEXT_MONTH' then soon else past end as effective_on,
                           case kind when 'OUT' then null when 'LAPSED' then lapse else date '2028-12-31' end as lapses_on) l;

insert into opt_in_setting (id, version, organization_id, sector, opted_in, effective_on, lapses_on)
select id, case when opted_in then 1 else 2 end, organization_id, sector, opted_in, effective_on, lapses_on
from gen_opt_in;

-- Their history: the opt-in, and for those opted out the opt-out after it.
insert into opt_in_change (id, organization_id, sector, opted_in, effective_on, source, reference, note,
                           recorded_by_id, recorded_at)
select 1000000 + row_number() over (order by c.organization_id, c.sector, c.effective_on), c.*
from (select organization_id, sector, true, coalesce(opted_in_from, effective_on) as effective_on,
             (array['LETTER', 'EMAIL', 'STAFF'])[1 + floor(pg_temp.u(id, 46) * 3)::int], 'TSB Circular 118', null,
             null::bigint, coalesce(opted_in_from, current_date)::timestamp - interval '7 days'
      from gen_opt_in
      union all
      select organization_id, sector, false, effective_on, 'EMAIL', null, 'Opted out by the member', null,
             effective_on::timestamp - interval '2 days'
      from gen_opt_in where not opted_in) c(organization_id, sector, opted_in, effective_on, source, reference, note,
                                           recorded_by_id, recorded_at);

-- Events: 200, four in five ITU-T; a quarter workshops (half of them with approval required).
-- Odd ones have ended; even ones are running or to come (up to 400 days ahead).
create temp table gen_event on commit drop as
select e, 1000000 + e as id, sector, kind, starts_on, starts_on + dur as ends_on,
       kind = 'WORKSHOP' and pg_temp.u(e, 53) < 0.5 as approval_required,
       (case kind when 'STUDY_GROUP' then 8 when 'TSAG' then 10 when 'REGIONAL_GROUP' then 2 else 3 end)
           * (0.5 + pg_temp.u(e, 54)) as weight
from generate_series(1, 200) e
cross join lateral (select case when pg_temp.u(e, 50) < 0.8 then 'ITU_T' when pg_temp.u(e, 50) < 0.9 then 'ITU_R'
                                else 'ITU_D' end as sector, pg_temp.u(e, 51) as v) a
cross join lateral (select case when v < 0.25 then 'WORKSHOP'
                                when sector = 'ITU_T' and v < 0.60 then 'STUDY_GROUP'
                                when sector = 'ITU_T' and v < 0.70 then 'TSAG'
                                when sector = 'ITU_T' then 'REGIONAL_GROUP'
                                when v < 0.75 then 'STUDY_GROUP' else 'REGIONAL_GROUP' end as kind,
                           case when e % 2 = 1 then current_date - (15 + floor(pg_temp.u(e, 52) * 700)::int)
                                else current_date - 2 + floor(pg_temp.u(e, 52) * 400)::int end as starts_on,
                           2 + floor(pg_temp.u(e, 55) * 8)::int as dur) b;

insert into event (id, version, sector, kind, title, starts_on, ends_on, place, is_virtual, registration_opens,
                   registration_closes, approval_required, created_at)
select id, 1, sector, kind,
       replace(sector, '_', '-') || ' ' || case kind when 'STUDY_GROUP' then 'Study Group ' || (1 + e % 17) || ' meeting'
                                                 when 'TSAG' then 'TSAG meeting'
                                                 when 'REGIONAL_GROUP' then 'Regional group meeting'
                                                 else 'Workshop' end || ' #' || e,
       starts_on, ends_on,
       (array['Geneva', 'Nairobi', 'Bangkok', 'Lima', 'Cairo', 'Seoul'])[1 + e % 6],
       kind = 'WORKSHOP' and pg_temp.u(e, 56) < 0.3,
       starts_on - interval '420 days', starts_on - interval '1 day', approval_required,
       starts_on - interval '430 days'
from gen_event;

-- Who may register for a sector's events: per sector, each account once, with one of its
-- affiliations (approved then; some removed since) to an organization of that sector, numbered
-- 0..n-1 in hash order.
create temp table gen_seat on commit drop as
select sector, account_id, affiliation_id,
       row_number() over (partition by sector order by hashint8extended(account_id, 60)) - 1 as seat
from (select distinct on (os.sector, af.account_id) os.sector, af.account_id, af.id as affiliation_id
      from affiliation af
      join organization_sector os on os.organization_id = af.organization_id
      where af.id > 1000000 and af.state in ('APPROVED', 'REMOVED')
      order by os.sector, af.account_id, hashint8extended(af.id, 61)) s;
create index on gen_seat (sector, seat);
analyze gen_seat;

-- Registrations per event in proportion to its weight, 1,000,000 in all. Event e takes the seats
-- start, start + step, start + 2 step, ... (mod n) of its sector: with step prime to n, no account twice.
create temp table gen_event_plan on commit drop as
select g.id, g.sector, g.kind, g.approval_required, g.ends_on,
       floor(1000000 * sum(weight) over (order by e) / sum(weight) over ())::bigint
           - floor(1000000 * coalesce(sum(weight) over (order by e rows between unbounded preceding and 1 preceding), 0)
                   / sum(weight) over ())::bigint as n,
       floor(1000000 * coalesce(sum(weight) over (order by e rows between unbounded preceding and 1 preceding), 0)
             / sum(weight) over ())::bigint as first,
       s.seats,
       floor(pg_temp.u(e, 57) * s.seats)::bigint as start,
       (select p from unnest(array[10007, 10009, 10037, 10039, 10061, 10067, 10069, 10079, 10091, 10093]) p
        where gcd(p, s.seats) = 1 order by hashint8extended(e * 100 + p, 58) limit 1) as step,
       ev.registration_opens, least(ev.registration_closes, current_date::timestamp) as last_moment
from gen_event g
join event ev on ev.id = g.id
join (select sector, count(*) as seats from gen_seat group by sector) s on s.sector = g.sector;

do $$
begin
    if exists (select 1 from gen_event_plan where n > seats or step is null) then
        raise exception 'an event has more registrations than its sector has delegates';
    end if;
end $$;

-- The planner needs to know the tables just filled (ANALYZE works inside the transaction).
analyze organization, organization_sector, account, affiliation, ties_access, designated_focal_point, event;

-- A million foreign-key checks (four per row, a third of the generation's time) would verify what
-- the joins below already guarantee: the insert skips them (session_replication_role, which needs
-- a superuser) and the anti-joins after it check the same references set-based.
set local session_replication_role = replica;

-- The facts the approval rule reads (as they stand today, and as they stood when the registration
-- was decided), then the state: what the rule gives, except for the drift the reconciliation finds.
insert into registration (id, version, event_id, account_id, affiliation_id, state, basis, registered_at,
                          decided_at, decided_by_id, reason)
select id, 1, event_id, account_id, affiliation_id, state,
       case state
           when 'AUTO_APPROVED' then 'Automatic approval: the member opted in for ' || label || ' from '
               || opted_in_from || ' (TSB Circular 118, study period 2025-2028)'
           when 'APPROVED' then case when kind = 'WORKSHOP' and not approval_required then 'Workshop: confirmed at registration'
                                     when kind = 'WORKSHOP' then 'Approved by the ITU secretariat'
                                     when is_dfp then 'The Designated Focal Point''s own registration, approved at registration'
                                     else 'Approved by the Designated Focal Point' end
           when 'PENDING_APPROVAL' then case when kind = 'WORKSHOP' then 'This workshop''s registrations are approved by the secretariat'
                                             else 'Waits for the Designated Focal Point for ' || label end
           when 'REJECTED' then 'Rejected'
           when 'WITHDRAWN' then 'Withdrawn by the delegate'
           else case when account_state = 'DEACTIVATED' then 'account deactivated'
                     else 'Cancelled: the delegate is no longer affiliated' end
       end,
       registered_at,
       case when state = 'PENDING_APPROVAL' then null
            when state = 'AUTO_APPROVED' or (state = 'APPROVED' and (kind = 'WORKSHOP' and not approval_required or is_dfp))
                then registered_at
            else least(registered_at + (1 + floor(pg_temp.u(id, 73) * 10)::int) * interval '1 day', current_date::timestamp) end,
       case when state = 'WITHDRAWN' or (state = 'CANCELLED' and account_state = 'DEACTIVATED') then account_id
            when state in ('APPROVED', 'REJECTED') and kind <> 'WORKSHOP' and not is_dfp then dfp_account_id end,
       case when state = 'REJECTED' then 'Not part of our delegation for this meeting' end
from (
    select f.*,
           case
               when u < 0.05 then 'WITHDRAWN'
               when u < 0.08 and (statutory or approval_required) then 'REJECTED'
               when not statutory then
                   case when not good_now and v < 0.5 then 'CANCELLED'
                        when approval_required and v < 0.85 and w < 0.35 then 'PENDING_APPROVAL'
                        else 'APPROVED' end
               when is_dfp then 'APPROVED'
               -- qualifies today: auto-approved, a few approved by the DFP before the opt-in,
               -- and a few still waiting (TIES granted or opt-in begun since): to be auto-approved
               when qualifies_now then case when v < 0.04 then 'PENDING_APPROVAL' when v < 0.12 then 'APPROVED'
                                            else 'AUTO_APPROVED' end
               -- auto-approved once, its basis gone since: half already reconciled, half not yet
               when qualified_before then case when v < 0.5 then 'AUTO_APPROVED' when good_now then 'PENDING_APPROVAL'
                                               else 'CANCELLED' end
               -- never qualified: the DFP decided or not yet; the delegate since gone: half cancelled
               else case when not good_now and v < 0.5 then 'CANCELLED'
                         when w < 0.55 then 'APPROVED' else 'PENDING_APPROVAL' end
           end as state
    from (
        select r.id, p.id as event_id, s.account_id, s.affiliation_id, p.kind, p.approval_required,
               p.kind <> 'WORKSHOP' as statutory, replace(p.sector, '_', '-') as label,
               ac.state as account_state,
               ac.state = 'ACTIVE' and af.state = 'APPROVED' as good_now,
               d.account_id is not null and d.account_id = s.account_id as is_dfp,
               d.account_id as dfp_account_id,
               p.kind <> 'WORKSHOP' and ac.state = 'ACTIVE' and af.state = 'APPROVED' and t.state = 'GRANTED'
                   and coalesce(o.opted_in and o.effective_on <= current_date
                                and (o.lapses_on is null or o.lapses_on >= current_date)
                                and current_date <= date '2028-12-31', false) as qualifies_now,
               p.kind <> 'WORKSHOP' and t.state in ('GRANTED', 'REVOKED') and o.opted_in_from is not null as qualified_before,
               o.opted_in_from,
               p.registration_opens + pg_temp.u(r.id, 74) * (p.last_moment - p.registration_opens) as registered_at,
               pg_temp.u(r.id, 70) as u, pg_temp.u(r.id, 71) as v, pg_temp.u(r.id, 72) as w
        from gen_event_plan p
        cross join lateral generate_series(0, p.n - 1) j
        cross join lateral (select 1000001 + p.first + j as id) r
        join gen_seat s on s.sector = p.sector and s.seat = (p.start + j * p.step) % p.seats
        join account ac on ac.id = s.account_id
        join affiliation af on af.id = s.affiliation_id
        left join ties_access t on t.affiliation_id = af.id
        left join gen_opt_in o on o.organization_id = af.organization_id and o.sector = p.sector
        left join designated_focal_point d on d.organization_id = af.organization_id and d.sector = p.sector
    ) f
) x;

set local session_replication_role = origin;
do $$
begin
    if exists (select 1 from registration r where not exists (select 1 from event e where e.id = r.event_id))
       or exists (select 1 from registration r where not exists (select 1 from account a where a.id = r.account_id))
       or exists (select 1 from registration r where not exists (select 1 from affiliation a where a.id = r.affiliation_id
                                                                                                and a.account_id = r.account_id))
       or exists (select 1 from registration r where r.decided_by_id is not null
                                                and not exists (select 1 from account a where a.id = r.decided_by_id)) then
        raise exception 'a generated registration refers to a row that does not exist';
    end if;
end $$;

select setval('organization_seq', (select max(id) from organization));
select setval('account_seq', (select max(id) from account));
select setval('affiliation_seq', (select max(id) from affiliation));
select setval('ties_access_seq', (select max(id) from ties_access));
select setval('designated_focal_point_seq', (select max(id) from designated_focal_point));
select setval('opt_in_setting_seq', (select max(id) from opt_in_setting));
select setval('opt_in_change_seq', (select max(id) from opt_in_change));
select setval('event_seq', (select max(id) from event));
select setval('registration_seq', (select max(id) from registration));

commit;

-- as autovacuum would have, before anyone reads the tables
vacuum analyze;

\timing off
select what, n from (values
    (1, 'organizations', (select count(*) from organization)),
    (2, 'organization sectors', (select count(*) from organization_sector)),
    (3, 'accounts', (select count(*) from account)),
    (4, 'accounts deactivated', (select count(*) from account where state = 'DEACTIVATED')),
    (5, 'affiliations', (select count(*) from affiliation)),
    (6, 'affiliations removed', (select count(*) from affiliation where state = 'REMOVED')),
    (7, 'TIES access', (select count(*) from ties_access)),
    (8, 'TIES revoked', (select count(*) from ties_access where state = 'REVOKED')),
    (9, 'designated focal points', (select count(*) from designated_focal_point)),
    (10, 'opt-in settings', (select count(*) from opt_in_setting)),
    (11, 'opt-ins past their lapse date', (select count(*) from opt_in_setting where opted_in and lapses_on < current_date)),
    (12, 'opt-in changes', (select count(*) from opt_in_change)),
    (13, 'events', (select count(*) from event)),
    (14, 'events not ended', (select count(*) from event where ends_on >= current_date)),
    (15, 'registrations', (select count(*) from registration))) c(position, what, n)
order by position;

select e.ends_on >= current_date as not_ended, r.state, count(*)
from registration r join event e on e.id = r.event_id
group by 1, 2 order by 1, 2;
