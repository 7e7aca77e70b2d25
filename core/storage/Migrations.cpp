#include "Migrations.h"

using namespace Qt::StringLiterals;

namespace charter {

namespace {

// Version 1: the register. Enumerations are stored as their stable keys; an unknown
// answer is stored as 'unknown' (or NULL for dates and -1 for numbers), never as ''.
QList<Migration> buildMigrations()
{
    QList<Migration> migrations;

    migrations.append(Migration{1, u"AI-system register: people, vendors, systems, boundaries, escalation"_s, {
        uR"(CREATE TABLE charter_meta (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL))"_s,
        uR"(CREATE TABLE schema_migrations (
                version INTEGER PRIMARY KEY,
                description TEXT NOT NULL,
                applied_at TEXT NOT NULL))"_s,
        uR"(CREATE TABLE people (
                id {PK},
                name TEXT NOT NULL,
                email TEXT NOT NULL DEFAULT '',
                title TEXT NOT NULL DEFAULT '',
                department TEXT NOT NULL DEFAULT '',
                phone TEXT NOT NULL DEFAULT ''))"_s,
        uR"(CREATE INDEX people_name ON people (name))"_s,
        uR"(CREATE TABLE vendors (
                id {PK},
                name TEXT NOT NULL,
                viability TEXT NOT NULL DEFAULT 'unknown',
                roadmap_stability TEXT NOT NULL DEFAULT 'unknown',
                support_maturity TEXT NOT NULL DEFAULT 'unknown',
                exit_options TEXT NOT NULL DEFAULT 'unknown',
                data_portability TEXT NOT NULL DEFAULT 'unknown',
                security_attestations TEXT NOT NULL DEFAULT '',
                data_residency TEXT NOT NULL DEFAULT '',
                contract_end TEXT,
                deprecation_notice_days INTEGER NOT NULL DEFAULT -1,
                notes TEXT NOT NULL DEFAULT ''))"_s,
        uR"(CREATE UNIQUE INDEX vendors_name ON vendors (name))"_s,
        uR"(CREATE TABLE systems (
                id {PK},
                name TEXT NOT NULL,
                purpose TEXT NOT NULL DEFAULT '',
                business_unit TEXT NOT NULL DEFAULT '',
                lifecycle TEXT NOT NULL DEFAULT 'unknown',
                deployment_model TEXT NOT NULL DEFAULT 'unknown',
                external_ref TEXT NOT NULL DEFAULT '',
                accountable_owner_id {BIGINT} REFERENCES people (id),
                business_owner_id {BIGINT} REFERENCES people (id),
                technical_owner_id {BIGINT} REFERENCES people (id),
                support_owner_id {BIGINT} REFERENCES people (id),
                it_contact_id {BIGINT} REFERENCES people (id),
                vendor_id {BIGINT} REFERENCES vendors (id),
                vendor_unknown INTEGER NOT NULL DEFAULT 0,
                personal_data TEXT NOT NULL DEFAULT 'unknown',
                production_data TEXT NOT NULL DEFAULT 'unknown',
                safety_related TEXT NOT NULL DEFAULT 'unknown',
                data_residency TEXT NOT NULL DEFAULT '',
                access_scope TEXT NOT NULL DEFAULT '',
                external_processing TEXT NOT NULL DEFAULT 'unknown',
                cloud_connectivity TEXT NOT NULL DEFAULT 'unknown',
                credential_handling TEXT NOT NULL DEFAULT '',
                integrations TEXT NOT NULL DEFAULT '',
                support_maintainer TEXT NOT NULL DEFAULT 'unknown',
                support_updates TEXT NOT NULL DEFAULT '',
                support_escalation TEXT NOT NULL DEFAULT '',
                eu_ai_act_category TEXT NOT NULL DEFAULT 'unknown',
                eu_ai_act_role TEXT NOT NULL DEFAULT 'unknown',
                omb_high_impact TEXT NOT NULL DEFAULT 'unknown',
                next_review TEXT,
                import_notes TEXT NOT NULL DEFAULT '',
                risk_score INTEGER NOT NULL DEFAULT 0,
                risk_tier TEXT NOT NULL DEFAULT 'low',
                completeness INTEGER NOT NULL DEFAULT 0,
                gap_count INTEGER NOT NULL DEFAULT 0,
                policy_version INTEGER NOT NULL DEFAULT 0,
                version INTEGER NOT NULL DEFAULT 1,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))"_s,
        uR"(CREATE INDEX systems_name ON systems (name))"_s,
        uR"(CREATE INDEX systems_external_ref ON systems (external_ref))"_s,
        uR"(CREATE INDEX systems_vendor ON systems (vendor_id))"_s,
        uR"(CREATE TABLE boundaries (
                system_id {BIGINT} NOT NULL REFERENCES systems (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                decision TEXT NOT NULL,
                influence TEXT NOT NULL DEFAULT 'unknown',
                human_intervention TEXT NOT NULL DEFAULT '',
                failure_handling TEXT NOT NULL DEFAULT '',
                uncertainty_reporting TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (system_id, position)))"_s,
        uR"(CREATE TABLE escalation_steps (
                system_id {BIGINT} NOT NULL REFERENCES systems (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                severity TEXT NOT NULL,
                person_id {BIGINT} REFERENCES people (id),
                channel TEXT NOT NULL DEFAULT '',
                response_minutes INTEGER NOT NULL DEFAULT -1,
                PRIMARY KEY (system_id, position)))"_s,
    }});

    // Version 2: governance data: the risk policy (versioned, as data) and the audit
    // trail that every governance write appends to in its own transaction.
    migrations.append(Migration{2, u"Risk policy versions and audit trail"_s, {
        uR"(CREATE TABLE policies (
                version INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                body TEXT NOT NULL,
                activated_at TEXT NOT NULL,
                activated_by TEXT NOT NULL))"_s,
        uR"(CREATE TABLE audit_log (
                seq {PK},
                recorded_at TEXT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                entity_type TEXT NOT NULL,
                entity_id TEXT NOT NULL,
                before_json TEXT,
                after_json TEXT,
                reason TEXT NOT NULL DEFAULT ''))"_s,
        uR"(CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id))"_s,
    }});

    // Version 3: tamper evidence for the audit trail (docs/audit.md). Every entry keeps
    // its RFC 6962 leaf hash and the Merkle tree root after it; the tree head and the
    // frontier for the next append live in charter_meta ('audit_tree'). Entries written
    // before this version are sealed by the first audited write (AuditStore::seal).
    migrations.append(Migration{3, u"Tamper-evident audit trail: leaf hashes and tree roots"_s, {
        uR"(ALTER TABLE audit_log ADD COLUMN leaf_hash {BLOB})"_s,
        uR"(ALTER TABLE audit_log ADD COLUMN tree_root {BLOB})"_s,
    }});

    // Version 4: approval workflow. Accounts and their roles, each system's workflow
    // state and last approval, its history, sign-offs bound to the content they signed
    // (SHA-256 and canonical snapshot), and the decision log (overrides, incidents).
    // A system without a system_workflow row is a draft. Sign-offs, events and
    // overrides are only ever inserted; incidents also get their acknowledgement.
    migrations.append(Migration{4, u"Approval workflow: users and roles, workflow states, sign-offs, decision log"_s, {
        uR"(CREATE TABLE users (
                login TEXT PRIMARY KEY,
                display_name TEXT NOT NULL DEFAULT '',
                person_id {BIGINT} REFERENCES people (id),
                active INTEGER NOT NULL DEFAULT 1,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))"_s,
        uR"(CREATE UNIQUE INDEX users_person ON users (person_id))"_s,
        uR"(CREATE TABLE user_roles (
                login TEXT NOT NULL REFERENCES users (login) ON DELETE CASCADE,
                role TEXT NOT NULL,
                PRIMARY KEY (login, role)))"_s,
        uR"(CREATE TABLE system_workflow (
                system_id {BIGINT} PRIMARY KEY REFERENCES systems (id) ON DELETE CASCADE,
                state TEXT NOT NULL DEFAULT 'draft',
                cycle INTEGER NOT NULL DEFAULT 0,
                submitted_by TEXT NOT NULL DEFAULT '',
                submitted_at TEXT,
                decided_by TEXT NOT NULL DEFAULT '',
                decided_at TEXT,
                decision_reason TEXT NOT NULL DEFAULT '',
                approved_at TEXT,
                approved_by TEXT NOT NULL DEFAULT '',
                approval_conditions TEXT NOT NULL DEFAULT '',
                approval_expires TEXT,
                approved_content TEXT,
                approved_content_sha256 TEXT NOT NULL DEFAULT '',
                approved_tier TEXT NOT NULL DEFAULT 'low',
                approved_policy_version INTEGER NOT NULL DEFAULT 0,
                version INTEGER NOT NULL DEFAULT 1,
                updated_at TEXT NOT NULL))"_s,
        uR"(CREATE INDEX system_workflow_state ON system_workflow (state))"_s,
        uR"(CREATE TABLE workflow_events (
                id {PK},
                system_id {BIGINT} NOT NULL REFERENCES systems (id) ON DELETE CASCADE,
                cycle INTEGER NOT NULL,
                event_at TEXT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                from_state TEXT NOT NULL,
                to_state TEXT NOT NULL,
                reason TEXT NOT NULL DEFAULT ''))"_s,
        uR"(CREATE INDEX workflow_events_system ON workflow_events (system_id, cycle))"_s,
        uR"(CREATE TABLE sign_offs (
                id {PK},
                system_id {BIGINT} NOT NULL REFERENCES systems (id) ON DELETE CASCADE,
                cycle INTEGER NOT NULL,
                kind TEXT NOT NULL,
                signer TEXT NOT NULL,
                signer_person_id {BIGINT} REFERENCES people (id),
                signed_at TEXT NOT NULL,
                reason TEXT NOT NULL DEFAULT '',
                content_sha256 TEXT NOT NULL,
                content TEXT NOT NULL,
                risk_tier TEXT NOT NULL,
                policy_version INTEGER NOT NULL))"_s,
        uR"(CREATE INDEX sign_offs_system ON sign_offs (system_id, cycle))"_s,
        uR"(CREATE TABLE overrides (
                id {PK},
                system_id {BIGINT} NOT NULL REFERENCES systems (id) ON DELETE CASCADE,
                occurred_at TEXT NOT NULL,
                recorded_at TEXT NOT NULL,
                recorded_by TEXT NOT NULL,
                decision TEXT NOT NULL DEFAULT '',
                recommended TEXT NOT NULL,
                decided TEXT NOT NULL,
                reason TEXT NOT NULL))"_s,
        uR"(CREATE INDEX overrides_system ON overrides (system_id))"_s,
        uR"(CREATE TABLE incidents (
                id {PK},
                system_id {BIGINT} NOT NULL REFERENCES systems (id) ON DELETE CASCADE,
                occurred_at TEXT NOT NULL,
                recorded_at TEXT NOT NULL,
                recorded_by TEXT NOT NULL,
                severity TEXT NOT NULL,
                what TEXT NOT NULL,
                escalated_to_id {BIGINT} REFERENCES people (id),
                target_minutes INTEGER NOT NULL DEFAULT -1,
                acknowledged_after_minutes INTEGER NOT NULL DEFAULT -1))"_s,
        uR"(CREATE INDEX incidents_system ON incidents (system_id))"_s,
    }});

    // Version 5: review meetings (docs/meetings.md). A meeting, its attendees (Charter
    // accounts), the risk tiers it saw (the next agenda's "tier changed since the last
    // meeting"), its agenda items (built or added by hand, in order) and the decisions
    // the board recorded on them (attributed to the board members present).
    migrations.append(Migration{5, u"Review meetings: agenda, decisions, attendees"_s, {
        uR"(CREATE TABLE meetings (
                id {PK},
                meeting_date TEXT NOT NULL,
                board TEXT NOT NULL,
                status TEXT NOT NULL DEFAULT 'open',
                created_by TEXT NOT NULL,
                created_at TEXT NOT NULL,
                closed_at TEXT))"_s,
        uR"(CREATE INDEX meetings_date ON meetings (meeting_date))"_s,
        uR"(CREATE TABLE meeting_attendees (
                meeting_id {BIGINT} NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
                login TEXT NOT NULL REFERENCES users (login),
                PRIMARY KEY (meeting_id, login)))"_s,
        uR"(CREATE TABLE meeting_tiers (
                meeting_id {BIGINT} NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
                system_id {BIGINT} NOT NULL REFERENCES systems (id) ON DELETE CASCADE,
                risk_tier TEXT NOT NULL,
                PRIMARY KEY (meeting_id, system_id)))"_s,
        uR"(CREATE TABLE agenda_items (
                id {PK},
                meeting_id {BIGINT} NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                kind TEXT NOT NULL,
                system_id {BIGINT} REFERENCES systems (id) ON DELETE CASCADE,
                vendor_id {BIGINT} REFERENCES vendors (id) ON DELETE CASCADE,
                title TEXT NOT NULL,
                reason TEXT NOT NULL DEFAULT '',
                manual INTEGER NOT NULL DEFAULT 0))"_s,
        uR"(CREATE INDEX agenda_items_meeting ON agenda_items (meeting_id, position))"_s,
        uR"(CREATE TABLE meeting_decisions (
                id {PK},
                meeting_id {BIGINT} NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
                item_id {BIGINT} NOT NULL REFERENCES agenda_items (id),
                system_id {BIGINT} REFERENCES systems (id) ON DELETE CASCADE,
                outcome TEXT NOT NULL,
                conditions TEXT NOT NULL DEFAULT '',
                rationale TEXT NOT NULL,
                recorded_by TEXT NOT NULL,
                board_members TEXT NOT NULL,
                decided_at TEXT NOT NULL,
                workflow_state TEXT NOT NULL DEFAULT ''))"_s,
        uR"(CREATE INDEX meeting_decisions_meeting ON meeting_decisions (meeting_id))"_s,
    }});

    return migrations;
}

} // namespace

const QList<Migration> &schemaMigrations()
{
    static const QList<Migration> migrations = buildMigrations();
    return migrations;
}

} // namespace charter
