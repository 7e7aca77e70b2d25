// Server-enforced roles of a shared database (charter-cli admin init-server): a viewer
// cannot write with psql, nobody can rewrite the audit trail, writers can still work
// through Charter. Runs as server_setup_pg on PostgreSQL; the SQLite run checks that a
// file is refused.
#include "TestBackend.h"
#include "storage/AuditStore.h"
#include "storage/ConnectionString.h"
#include "audit/AuditVerifier.h"
#include "storage/Database.h"
#include "storage/ExternalChanges.h"
#include "storage/PeopleRepository.h"
#include "storage/ServerSetup.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charter;

class TestServerSetup : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ScratchDatabase> m_scratch;
    QStringList m_logins; // server logins this test created, dropped in cleanup()
    QString m_owner;

    // The scratch database as LOGIN sees it.
    QString locationAs(const QString &login) const
    {
        return ConnectionString::parse(m_scratch->location())->with(u"user"_s, login).toKeywordValue(true);
    }

    // A new login for this test (unique in the cluster), optionally in ROLES.
    QString createLogin(const QString &name, const QString &attributes = {})
    {
        const QString login = u"%1_%2"_s.arg(name, m_scratch->databaseName());
        QString error;
        if (!test::runOnMaintenance(u"CREATE ROLE %1 LOGIN %2"_s.arg(login, attributes), &error))
            qWarning("CREATE ROLE %s: %s", qPrintable(login), qPrintable(error));
        m_logins.append(login);
        return login;
    }

    // A Charter database owned by a login that is not a superuser, set up by it.
    std::unique_ptr<Database> setUpAsOwner()
    {
        m_owner = createLogin(u"owner"_s, u"CREATEROLE"_s);
        test::runOnMaintenance(u"ALTER DATABASE %1 OWNER TO %2"_s.arg(m_scratch->databaseName(), m_owner));
        auto db = Database::open(locationAs(m_owner));
        if (!db) {
            qWarning("%s", qPrintable(db.error().message));
            return nullptr;
        }
        Result<QStringList> done = ServerSetup::initialise(**db);
        if (!done) {
            qWarning("%s", qPrintable(done.error().message));
            return nullptr;
        }
        return std::move(*db);
    }

    static QStringList tables(Database &db)
    {
        QSqlQuery query(db.connection());
        QStringList names;
        query.exec(u"SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1"_s);
        while (query.next())
            names.append(query.value(0).toString());
        return names;
    }

    static QString firstColumn(Database &db, const QString &table)
    {
        QSqlQuery query(db.connection());
        query.prepare(u"SELECT column_name FROM information_schema.columns WHERE table_schema = "
                      "current_schema() AND table_name = ? ORDER BY ordinal_position LIMIT 1"_s);
        query.addBindValue(table);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    }

    static QString psqlPath()
    {
        QString path = QStandardPaths::findExecutable(u"psql"_s);
        if (path.isEmpty()) {
            const QStringList versions = QDir(u"/usr/lib/postgresql"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
            for (const QString &version : versions) {
                const QString candidate = u"/usr/lib/postgresql/%1/bin/psql"_s.arg(version);
                if (QFile::exists(candidate))
                    path = candidate;
            }
        }
        return path;
    }

    // Runs SQL as LOGIN in its own connection (autocommit), returning the SQLSTATE of
    // the failure, or "ok" and the rows affected.
    QString attempt(const QString &login, const QString &sql, int *rows = nullptr)
    {
        const QString name = u"tst-server-setup-%1"_s.arg(login);
        QString outcome;
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (!db.isValid()) {
                db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
                ConnectionString::parse(locationAs(login))->applyTo(db).ok();
            }
            if (!db.isOpen() && !db.open())
                return u"cannot connect: "_s + db.lastError().text();
            QSqlQuery query(db);
            if (query.exec(sql)) {
                outcome = u"ok"_s;
                if (rows)
                    *rows = query.numRowsAffected();
            } else {
                outcome = query.lastError().nativeErrorCode();
            }
        }
        return outcome;
    }

    void closeConnections()
    {
        for (const QString &name : QSqlDatabase::connectionNames()) {
            if (name.startsWith(u"tst-server-setup-"_s)) {
                QSqlDatabase::database(name, false).close();
                QSqlDatabase::removeDatabase(name);
            }
        }
    }

private slots:
    void init()
    {
        m_scratch = std::make_unique<test::ScratchDatabase>(QString::fromLatin1(QTest::currentTestFunction()));
        QVERIFY2(m_scratch->isValid(), qPrintable(m_scratch->error()));
    }

    void cleanup()
    {
        closeConnections();
        m_scratch.reset(); // drops the database, and with it the grants to these logins
        for (const QString &login : std::as_const(m_logins))
            test::runOnMaintenance(u"DROP ROLE IF EXISTS %1"_s.arg(login));
        m_logins.clear();
    }

    void refusesAFile()
    {
        CHARTER_SKIP_ON_POSTGRES("file only");
        auto db = Database::open(m_scratch->location());
        QVERIFY(db.ok());
        Result<QStringList> done = ServerSetup::initialise(**db);
        QVERIFY(!done.ok());
        QCOMPARE(done.error().code, ErrorCode::Usage);
        QVERIFY(done.error().message.contains(u"PostgreSQL"_s));
    }

    void rolesCannotLogInOrBypassAnything()
    {
        CHARTER_ONLY_ON_POSTGRES();
        auto db = setUpAsOwner();
        QVERIFY(db);
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(u"SELECT rolname, rolsuper, rolbypassrls, rolcanlogin, rolcreaterole, rolcreatedb "
                           "FROM pg_roles WHERE rolname IN ('%1') ORDER BY 1"_s
                               .arg(ServerSetup::roleNames().join(u"', '"_s))));
        QStringList seen;
        while (query.next()) {
            seen.append(query.value(0).toString());
            for (int column = 1; column <= 5; ++column)
                QVERIFY2(!query.value(column).toBool(), qPrintable(query.value(0).toString()));
        }
        QStringList expected = ServerSetup::roleNames();
        expected.sort();
        QCOMPARE(seen, expected);
        // Running it again changes nothing and fails on nothing.
        Result<QStringList> again = ServerSetup::initialise(*db);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
        QVERIFY(!again->join(u'\n').contains(u"Created the role"_s));
    }

    void aViewerCannotWriteAnyTableEvenWithPsql()
    {
        CHARTER_ONLY_ON_POSTGRES();
        auto db = setUpAsOwner();
        QVERIFY(db);
        const QString viewer = createLogin(u"viewer"_s);
        QVERIFY(ServerSetup::grantRoles(*db, viewer, {u"viewer"_s}).ok());

        const QStringList all = tables(*db);
        QVERIFY(all.contains(u"systems"_s) && all.contains(u"audit_log"_s) && all.contains(u"charter_meta"_s));
        QString script = u"\\set ON_ERROR_STOP 0\n"_s;
        for (const QString &table : all) {
            const QString column = firstColumn(*db, table);
            script += u"INSERT INTO %1 DEFAULT VALUES;\n"_s.arg(table);
            script += u"UPDATE %1 SET %2 = %2;\n"_s.arg(table, column);
            script += u"DELETE FROM %1;\n"_s.arg(table);
            script += u"TRUNCATE %1;\n"_s.arg(table);
        }
        script += u"SELECT 'viewer reads ' || count(*) FROM charter_meta;\n"_s;

        const QString psql = psqlPath();
        QVERIFY2(!psql.isEmpty(), "psql not found: install postgresql-client (make deps does)");
        QProcess process;
        process.start(psql, {u"--no-psqlrc"_s, u"--quiet"_s, u"--tuples-only"_s, u"--no-align"_s,
                             u"--dbname"_s, locationAs(viewer), u"--file"_s, u"-"_s});
        QVERIFY(process.waitForStarted());
        process.write(script.toUtf8());
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const QString err = QString::fromUtf8(process.readAllStandardError());
        const qsizetype denied = err.count(QRegularExpression(u"ERROR:  permission denied for table"_s));
        QVERIFY2(denied == 4 * all.size(),
                 qPrintable(u"%1 of %2 writes were refused:\n%3"_s.arg(denied).arg(4 * all.size()).arg(err)));
        QVERIFY2(out.contains(u"viewer reads "_s), qPrintable(out + err));

        // Nor can a viewer create anything in Charter's schema.
        QCOMPARE(attempt(viewer, u"CREATE TABLE intruder (id INTEGER)"_s), u"42501"_s);
    }

    void theAuditTrailIsAppendOnlyForEveryApplicationRole()
    {
        CHARTER_ONLY_ON_POSTGRES();
        auto db = setUpAsOwner();
        QVERIFY(db);
        // Something in the trail to try to change.
        Person person{0, u"Dana Whitfield"_s, {}, {}, {}, {}};
        QVERIFY(db->transaction([&] { return PeopleRepository(*db).insert(person, {u"owner"_s, {}}); }).ok());

        for (const QString &role : {u"contributor"_s, u"it_reviewer"_s, u"board"_s, u"admin"_s, u"viewer"_s}) {
            const QString login = createLogin(role);
            QVERIFY(ServerSetup::grantRoles(*db, login, {role}).ok());
            for (const QString &table : {u"audit_log"_s, u"sign_offs"_s, u"workflow_events"_s, u"overrides"_s}) {
                const QString column = table == u"audit_log"_s ? u"actor"_s : u"reason"_s;
                QCOMPARE(attempt(login, u"UPDATE %1 SET %2 = 'rewritten'"_s.arg(table, column)), u"42501"_s);
                QCOMPARE(attempt(login, u"DELETE FROM %1"_s.arg(table)), u"42501"_s);
                QCOMPARE(attempt(login, u"TRUNCATE %1"_s.arg(table)), u"42501"_s);
            }
            QCOMPARE(attempt(login, u"CREATE TABLE intruder (id INTEGER)"_s), u"42501"_s);
            // The schema version is the owner's: the row is invisible to UPDATE, and a
            // second one cannot be inserted.
            int rows = -1;
            const QString update = attempt(login, u"UPDATE charter_meta SET value = '99' WHERE key = 'schema_version'"_s, &rows);
            QVERIFY2(update == u"42501"_s || (update == u"ok"_s && rows == 0), qPrintable(update));
        }
        QCOMPARE(AuditStore(*db).count().value(), 1);
        QCOMPARE(db->metaValue(u"schema_version"_s).value(), QString::number(Database::latestSchemaVersion()));
    }

    void writersStillWorkThroughCharterAndAdminsOnlyOnAccounts()
    {
        CHARTER_ONLY_ON_POSTGRES();
        auto owner = setUpAsOwner();
        QVERIFY(owner);
        const QString contributor = createLogin(u"contributor"_s);
        QVERIFY(ServerSetup::grantRoles(*owner, contributor, {u"contributor"_s}).ok());
        owner.reset();

        auto db = Database::open(locationAs(contributor));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        // An audited write: the row, its id, the audit entry and the tree head.
        Person person{0, u"Ravi Menon"_s, {}, {}, {}, {}};
        const Status written = (*db)->transaction([&] { return PeopleRepository(**db).insert(person, {contributor, {}}); });
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        QVERIFY(person.id > 0);
        QCOMPARE(AuditStore(**db).count().value(), 1);

        // Accounts and roles are the admin's; Charter reports the refusal as exit 4.
        QSqlQuery query((*db)->connection());
        QVERIFY(!query.exec(u"INSERT INTO users (login, created_at, updated_at) VALUES ('x', '', '')"_s));
        QCOMPARE((*db)->queryError(query, u"test"_s).code, ErrorCode::NotPermitted);
        QCOMPARE(attempt(contributor, u"INSERT INTO charter_meta (key, value) VALUES ('schema_version', '9')"_s),
                 u"42501"_s);
    }

    void changesMadeOutsideCharterAreAuditedAndReported()
    {
        CHARTER_ONLY_ON_POSTGRES();
        auto db = setUpAsOwner();
        QVERIFY(db);
        Person person{0, u"Dana Whitfield"_s, {}, {}, {}, {}};
        QVERIFY(db->transaction([&] { return PeopleRepository(*db).insert(person, {m_owner, {}}); }).ok());
        const QString contributor = createLogin(u"contributor"_s);
        QVERIFY(ServerSetup::grantRoles(*db, contributor, {u"contributor"_s}).ok());

        // A writer edits the register with plain SQL, bypassing Charter.
        QCOMPARE(attempt(contributor, u"UPDATE people SET name = 'Mallory' WHERE id = %1"_s.arg(person.id)), u"ok"_s);
        // The server's record of it is out of every application role's reach.
        QCOMPARE(attempt(contributor, u"DELETE FROM charter_external_changes"_s), u"42501"_s);
        QCOMPARE(attempt(contributor, u"UPDATE charter_external_changes SET login = 'nobody'"_s), u"42501"_s);
        QCOMPARE(attempt(contributor, u"INSERT INTO charter_external_changes (changed_at, login, table_name, "
                                      "operation, row_key) VALUES ('', '', '', '', '')"_s), u"42501"_s);

        Result<QList<ExternalChange>> pending = ExternalChanges(*db).notInTrail();
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 1);
        const ExternalChange change = pending->first();
        QCOMPARE(change.login, contributor);
        QCOMPARE(change.table, u"people"_s);
        QCOMPARE(change.operation, u"update"_s);
        QCOMPARE(change.rowKey, QString::number(person.id));
        QVERIFY(change.before.contains("Dana Whitfield"));
        QVERIFY(change.after.contains("Mallory"));

        // verify reports it: the change is not in the trail, and the row differs from it.
        const auto kinds = [&] {
            QList<AuditFinding::Kind> found;
            Result<AuditVerifyReport> report = AuditVerifier(*db).run();
            if (report.ok()) {
                for (const AuditFinding &finding : std::as_const(report->findings))
                    found.append(finding.kind);
            }
            return found;
        };
        QList<AuditFinding::Kind> found = kinds();
        QVERIFY(found.contains(AuditFinding::Kind::RegistryUnaudited));
        QVERIFY(found.contains(AuditFinding::Kind::RegistryChanged));

        // Charter's next write seals it into the trail first, in the changer's name.
        Person other{0, u"Ravi Menon"_s, {}, {}, {}, {}};
        const Status written = db->transaction([&] { return PeopleRepository(*db).insert(other, {m_owner, {}}); });
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        QVERIFY(ExternalChanges(*db).notInTrail()->isEmpty());
        const QList<AuditRecord> trail = AuditStore(*db).entries().value();
        QCOMPARE(trail.size(), 3);
        QCOMPARE(trail[1].action, u"external_change"_s);
        QCOMPARE(trail[1].actor, contributor);
        QCOMPARE(trail[1].after, change.after);
        QVERIFY(!trail[1].leafHash.isEmpty());
        // The trail is whole again; the register row still differs from Charter's last
        // record of it until someone reviews it and saves it through Charter.
        found = kinds();
        QVERIFY(!found.contains(AuditFinding::Kind::RegistryUnaudited));
        QVERIFY(!found.contains(AuditFinding::Kind::EntryAdded));
        QVERIFY(!found.contains(AuditFinding::Kind::EntryAltered));
        QVERIFY(!found.contains(AuditFinding::Kind::TreeHead));
        QVERIFY(found.contains(AuditFinding::Kind::RegistryChanged));

        // Charter's own writes are not recorded twice.
        QCOMPARE(ExternalChanges(*db).notInTrail()->size(), 0);
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(u"SELECT count(*) FROM charter_external_changes"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void rowsCanOnlyBeAddedInTheLoginsOwnName()
    {
        CHARTER_ONLY_ON_POSTGRES();
        auto db = setUpAsOwner();
        QVERIFY(db);
        const QString contributor = createLogin(u"contributor"_s);
        QVERIFY(ServerSetup::grantRoles(*db, contributor, {u"contributor"_s}).ok());
        const QString entry = u"INSERT INTO audit_log (recorded_at, actor, action, entity_type, entity_id) "
                              "VALUES ('2026-01-01T00:00:00.000Z', '%1', 'update', 'system', '1')"_s;
        QCOMPARE(attempt(contributor, entry.arg(u"someone_else"_s)), u"42501"_s);
        QCOMPARE(attempt(contributor, entry.arg(contributor)), u"ok"_s);
        QCOMPARE(attempt(contributor, u"UPDATE audit_log SET actor = 'x'"_s), u"42501"_s);
        QCOMPARE(attempt(contributor, u"DELETE FROM audit_log"_s), u"42501"_s);
        QCOMPARE(attempt(contributor, u"TRUNCATE audit_log"_s), u"42501"_s);

        QSqlQuery query(db->connection());
        QVERIFY(query.exec(u"INSERT INTO systems (name, created_at, updated_at) VALUES ('Triage bot', 't', 't') "
                           "RETURNING id"_s) && query.next());
        const QString system = query.value(0).toString();
        const QString event = u"INSERT INTO workflow_events (system_id, cycle, event_at, actor, action, "
                              "from_state, to_state) VALUES (%1, 1, 't', '%2', '%3', 'draft', 'submitted')"_s;
        QCOMPARE(attempt(contributor, event.arg(system, u"someone_else"_s, u"submit"_s)), u"42501"_s);
        const QString signOff = u"INSERT INTO sign_offs (system_id, cycle, kind, signer, signed_at, "
                                "content_sha256, content, risk_tier, policy_version) "
                                "VALUES (%1, 1, 'it_review', '%2', 't', 'x', '{}', 'low', 1)"_s;
        QCOMPARE(attempt(contributor, signOff.arg(system, u"someone_else"_s)), u"42501"_s);
        QCOMPARE(attempt(contributor, signOff.arg(system, contributor)), u"ok"_s);
    }

    void separationOfDutiesHoldsForDirectSql()
    {
        CHARTER_ONLY_ON_POSTGRES();
        auto db = setUpAsOwner();
        QVERIFY(db);
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(u"INSERT INTO systems (name, created_at, updated_at) VALUES ('Triage bot', 't', 't') "
                           "RETURNING id"_s) && query.next());
        const QString system = query.value(0).toString();
        const QString event = u"INSERT INTO workflow_events (system_id, cycle, event_at, actor, action, "
                              "from_state, to_state) VALUES (%1, 1, 't', '%2', '%3', 'submitted', 'approved')"_s;
        QVERIFY(query.exec(event.arg(system, u"ana"_s, u"submit"_s)));

        // Even the owner, with plain SQL, cannot let the submitter sign or decide.
        const QString signOff = u"INSERT INTO sign_offs (system_id, cycle, kind, signer, signed_at, "
                                "content_sha256, content, risk_tier, policy_version) "
                                "VALUES (%1, %2, 'it_review', '%3', 't', 'x', '{}', 'low', 1)"_s;
        QVERIFY(!query.exec(signOff.arg(system, u"1"_s, u"ana"_s)));
        QCOMPARE(query.lastError().nativeErrorCode(), u"42501"_s);
        QVERIFY2(query.lastError().databaseText().contains(u"Separation of duties"_s),
                 qPrintable(query.lastError().databaseText()));
        QCOMPARE(db->queryError(query, u"test"_s).code, ErrorCode::NotPermitted);
        for (const QString &decision : {u"approve"_s, u"reject"_s, u"request_changes"_s}) {
            QVERIFY2(!query.exec(event.arg(system, u"ana"_s, decision)), qPrintable(decision));
            QCOMPARE(query.lastError().nativeErrorCode(), u"42501"_s);
        }
        const QString approval = u"INSERT INTO system_workflow (system_id, state, cycle, approved_by, updated_at) "
                                 "VALUES (%1, 'approved', 1, '%2', 't')"_s;
        QVERIFY(!query.exec(approval.arg(system, u"ana"_s)));
        QCOMPARE(query.lastError().nativeErrorCode(), u"42501"_s);

        // Someone else may; and the submitter may in a later cycle she did not submit.
        QVERIFY2(query.exec(signOff.arg(system, u"1"_s, u"ben"_s)), qPrintable(query.lastError().text()));
        QVERIFY(query.exec(event.arg(system, u"ben"_s, u"approve"_s)));
        QVERIFY(query.exec(approval.arg(system, u"ben"_s)));
        QVERIFY(query.exec(signOff.arg(system, u"2"_s, u"ana"_s)));
        QVERIFY(!query.exec(u"UPDATE system_workflow SET approved_by = 'ana' WHERE system_id = %1"_s.arg(system)));
        QCOMPARE(query.lastError().nativeErrorCode(), u"42501"_s);
    }

    void runningAgainRepairsGrantsChangedByHand()
    {
        CHARTER_ONLY_ON_POSTGRES();
        auto db = setUpAsOwner();
        QVERIFY(db);
        const QString contributor = createLogin(u"contributor"_s);
        QVERIFY(ServerSetup::grantRoles(*db, contributor, {u"contributor"_s}).ok());
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(u"GRANT UPDATE, DELETE ON audit_log TO charter_contributor"_s));
        QCOMPARE(attempt(contributor, u"DELETE FROM audit_log"_s), u"ok"_s);
        QVERIFY(ServerSetup::initialise(*db).ok());
        closeConnections();
        QCOMPARE(attempt(contributor, u"DELETE FROM audit_log"_s), u"42501"_s);
    }

    void onlyTheOwnerSetsUpAndRolesAreChecked()
    {
        CHARTER_ONLY_ON_POSTGRES();
        auto owner = setUpAsOwner();
        QVERIFY(owner);
        const QString other = createLogin(u"other"_s, u"CREATEROLE"_s);
        QVERIFY(ServerSetup::grantRoles(*owner, other, {u"admin"_s}).ok());
        Result<QStringList> unknown = ServerSetup::grantRoles(*owner, other, {u"superhero"_s});
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, ErrorCode::InvalidInput);
        Result<QStringList> noLogin = ServerSetup::grantRoles(*owner, u"charter_no_such_login"_s, {u"viewer"_s});
        QVERIFY(!noLogin.ok());
        QCOMPARE(noLogin.error().code, ErrorCode::InvalidInput);

        auto db = Database::open(locationAs(other));
        QVERIFY(db.ok());
        Result<QStringList> done = ServerSetup::initialise(**db);
        QVERIFY(!done.ok());
        QCOMPARE(done.error().code, ErrorCode::NotPermitted);
        QVERIFY2(done.error().message.contains(m_owner), qPrintable(done.error().message));
    }

    void theCliSetsUpAServerAndRefusesAFile()
    {
        const auto cli = [](const QStringList &args, QString *out = nullptr) {
            QProcess process;
            process.start(QStringLiteral(CHARTER_CLI_PATH), args);
            process.waitForFinished(120000);
            if (out)
                *out = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
            return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        };
        QString output;
        if (!test::onPostgres()) {
            QCOMPARE(cli({u"--db"_s, m_scratch->location(), u"admin"_s, u"init-server"_s}, &output), 1);
            QVERIFY2(output.contains(u"PostgreSQL"_s), qPrintable(output));
            return;
        }
        m_owner = createLogin(u"owner"_s, u"CREATEROLE"_s);
        QVERIFY(test::runOnMaintenance(u"ALTER DATABASE %1 OWNER TO %2"_s.arg(m_scratch->databaseName(), m_owner)));
        const QString owner = locationAs(m_owner);
        QCOMPARE(cli({u"--db"_s, owner, u"admin"_s, u"init-server"_s}, &output), 0);
        QVERIFY2(output.contains(u"charter_viewer"_s) && output.contains(u"Append-only"_s), qPrintable(output));
        const QString viewer = createLogin(u"viewer"_s);
        QCOMPARE(cli({u"--db"_s, owner, u"admin"_s, u"grant"_s, viewer, u"viewer"_s}, &output), 0);
        QCOMPARE(cli({u"--db"_s, owner, u"admin"_s, u"grant"_s, viewer, u"emperor"_s}, &output), 2);
        QCOMPARE(cli({u"--db"_s, owner, u"admin"_s, u"migrate"_s}, &output), 0);
        QVERIFY2(output.contains(u"nothing to do"_s), qPrintable(output));

        QCOMPARE(cli({u"--db"_s, locationAs(viewer), u"list"_s}, &output), 0);
        QCOMPARE(cli({u"--db"_s, locationAs(viewer), u"demo"_s, u"--systems"_s, u"2"_s, u"--no-history"_s}, &output), 4);
        // Only the owner sets the server up.
        QCOMPARE(cli({u"--db"_s, locationAs(viewer), u"admin"_s, u"init-server"_s}, &output), 4);
    }
};

QTEST_GUILESS_MAIN(TestServerSetup)
#include "tst_server_setup.moc"
