// PostgreSQL locations as libpq reads them: URIs and keyword/value strings, quoting and
// percent-decoding, several hosts, and passwords that never reach a message or a log.
#include "storage/ConnectionString.h"
#include "storage/Database.h"

#include <QSqlDatabase>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charter;

using Settings = QList<ConnectionString::Setting>;

class TestConnectionString : public QObject {
    Q_OBJECT

private slots:
    void recognisesServerLocations_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<bool>("server");
        QTest::newRow("uri") << u"postgresql://db.example.org/charter"_s << true;
        QTest::newRow("short uri") << u"postgres://db.example.org"_s << true;
        QTest::newRow("service") << u"service=charter"_s << true;
        QTest::newRow("keyword value") << u"host=/tmp/sock port=5433 dbname=charter"_s << true;
        QTest::newRow("spaces around =") << u"  host = db"_s << true;
        QTest::newRow("file") << u"/home/ana/charter.db"_s << false;
        QTest::newRow("relative file") << u"charter.db"_s << false;
        QTest::newRow("file with = later") << u"/srv/a=b/charter.db"_s << false;
    }

    void recognisesServerLocations()
    {
        QFETCH(QString, location);
        QFETCH(bool, server);
        QCOMPARE(Database::isServerLocation(location), server);
    }

    void parsesKeywordValueStrings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Settings>("expected");
        QTest::newRow("plain") << u"host=/tmp/sock port=5433 dbname=charter"_s
                               << Settings{{u"host"_s, u"/tmp/sock"_s}, {u"port"_s, u"5433"_s}, {u"dbname"_s, u"charter"_s}};
        QTest::newRow("service") << u"service=charter-prod"_s << Settings{{u"service"_s, u"charter-prod"_s}};
        QTest::newRow("quoted with escapes") << uR"(password='it\'s' application_name='a b\'c\\d')"_s
                                             << Settings{{u"password"_s, u"it's"_s}, {u"application_name"_s, uR"(a b'c\d)"_s}};
        QTest::newRow("spaces around =") << u"  dbname =  charter\tuser= ana "_s
                                         << Settings{{u"dbname"_s, u"charter"_s}, {u"user"_s, u"ana"_s}};
        QTest::newRow("empty quoted value") << u"sslmode='' dbname=x"_s
                                            << Settings{{u"sslmode"_s, u""_s}, {u"dbname"_s, u"x"_s}};
        QTest::newRow("last one wins") << u"dbname=a dbname=b"_s << Settings{{u"dbname"_s, u"b"_s}};
        QTest::newRow("backslash unquoted") << uR"(dbname=a\ b)"_s << Settings{{u"dbname"_s, u"a b"_s}};
    }

    void parsesKeywordValueStrings()
    {
        QFETCH(QString, text);
        QFETCH(Settings, expected);
        Result<ConnectionString> parsed = ConnectionString::parse(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed->settings(), expected);
        QVERIFY(!parsed->isUri());
        // Printing and parsing again gives the same settings.
        QCOMPARE(ConnectionString::parse(parsed->toKeywordValue(true))->settings(), expected);
    }

    void parsesUris_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Settings>("expected");
        QTest::newRow("full") << u"postgresql://ana:pw@db.example.org:5433/charter?sslmode=verify-full"_s
                              << Settings{{u"user"_s, u"ana"_s}, {u"password"_s, u"pw"_s}, {u"host"_s, u"db.example.org"_s},
                                          {u"port"_s, u"5433"_s}, {u"dbname"_s, u"charter"_s}, {u"sslmode"_s, u"verify-full"_s}};
        QTest::newRow("host only") << u"postgres://db"_s << Settings{{u"host"_s, u"db"_s}};
        QTest::newRow("nothing") << u"postgresql://"_s << Settings{};
        QTest::newRow("socket path") << u"postgresql://%2Fvar%2Frun%2Fpostgresql/charter"_s
                                     << Settings{{u"host"_s, u"/var/run/postgresql"_s}, {u"dbname"_s, u"charter"_s}};
        QTest::newRow("host in parameters") << u"postgresql:///charter?host=/tmp/sock&port=55432"_s
                                            << Settings{{u"dbname"_s, u"charter"_s}, {u"host"_s, u"/tmp/sock"_s}, {u"port"_s, u"55432"_s}};
        QTest::newRow("ipv6") << u"postgresql://[2001:db8::1]:5432/charter"_s
                              << Settings{{u"host"_s, u"2001:db8::1"_s}, {u"port"_s, u"5432"_s}, {u"dbname"_s, u"charter"_s}};
        QTest::newRow("several hosts") << u"postgresql://a:5432,b,c:5434/charter?target_session_attrs=read-write"_s
                                       << Settings{{u"host"_s, u"a,b,c"_s}, {u"port"_s, u"5432,,5434"_s}, {u"dbname"_s, u"charter"_s},
                                                   {u"target_session_attrs"_s, u"read-write"_s}};
        QTest::newRow("encoded user and password") << u"postgresql://ana%40corp:p%40ss%3Aword@db/charter"_s
                                                   << Settings{{u"user"_s, u"ana@corp"_s}, {u"password"_s, u"p@ss:word"_s},
                                                               {u"host"_s, u"db"_s}, {u"dbname"_s, u"charter"_s}};
        QTest::newRow("jdbc ssl") << u"postgresql://db?ssl=true"_s
                                  << Settings{{u"host"_s, u"db"_s}, {u"sslmode"_s, u"require"_s}};
    }

    void parsesUris()
    {
        QFETCH(QString, text);
        QFETCH(Settings, expected);
        Result<ConnectionString> parsed = ConnectionString::parse(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed->settings(), expected);
        QVERIFY(parsed->isUri());
    }

    void refusesMalformedText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no =") << u"host=db charter"_s << u"no \"=\" after \"charter\""_s;
        QTest::newRow("unterminated quote") << u"password='abc"_s << u"no closing quote"_s;
        QTest::newRow("bad percent") << u"postgresql://db/ch%zzarter"_s << u"percent-encoded"_s;
        QTest::newRow("ipv6 unclosed") << u"postgresql://[::1/charter"_s << u"closing"_s;
        QTest::newRow("parameter without value") << u"postgresql://db?sslmode"_s << u"no value"_s;
        QTest::newRow("empty") << u"   "_s << u"empty"_s;
        // libpq has no SQL-style doubled quotes: 'it''s' is 'it' followed by a stray 's'.
        QTest::newRow("doubled quote") << u"password='it''s'"_s << u"no \"=\""_s;
    }

    void refusesMalformedText()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        Result<ConnectionString> parsed = ConnectionString::parse(text);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
        QVERIFY2(parsed.error().message.contains(expected), qPrintable(parsed.error().message));
    }

    void displayTextNeverHoldsAPassword_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("display");
        QTest::newRow("uri") << u"postgresql://ana:s3cret@db.example.org:5433/charter?sslmode=verify-full&sslpassword=s3cret"_s
                             << u"postgresql://ana@db.example.org:5433/charter?sslmode=verify-full"_s;
        QTest::newRow("keyword value") << u"host=db password='s3 cret' dbname=charter"_s
                                       << u"host=db dbname=charter"_s;
        QTest::newRow("socket uri") << u"postgresql://%2Ftmp%2Fsock:55432/charter"_s
                                    << u"postgresql://%2Ftmp%2Fsock:55432/charter"_s;
        QTest::newRow("ipv6") << u"postgresql://[::1]:5432/charter"_s << u"postgresql://[::1]:5432/charter"_s;
    }

    void displayTextNeverHoldsAPassword()
    {
        QFETCH(QString, text);
        QFETCH(QString, display);
        Result<ConnectionString> parsed = ConnectionString::parse(text);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->displayText(), display);
        QVERIFY(!parsed->toKeywordValue(false).contains(u"s3"_s));
        QCOMPARE(parsed->toKeywordValue(true).contains(u"s3"_s), text.contains(u"s3"_s));
    }

    void redactedNeverHoldsAPassword_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("shown");
        QTest::newRow("uri") << u"postgresql://ana:s3cret@db/charter"_s << u"postgresql://ana@db/charter"_s;
        QTest::newRow("keyword") << u"host=db password='s3cret' dbname=charter"_s
                                 << u"host=db dbname=charter"_s;
        QTest::newRow("uri query") << u"postgresql://db/charter?password=s3cret&sslmode=require"_s
                                   << u"postgresql://db/charter?sslmode=require"_s;
        QTest::newRow("malformed keyword") << u"host=db password='s3cret dbname"_s << QString();
        QTest::newRow("malformed uri") << u"postgresql://ana:s3cret@[db/charter"_s << QString();
        QTest::newRow("sslpassword malformed") << u"host='db sslpassword=s3cret"_s << QString();
        QTest::newRow("file") << u"/home/ana/password=s3cret.db"_s << u"/home/ana/password=s3cret.db"_s;
    }

    void redactedNeverHoldsAPassword()
    {
        QFETCH(QString, location);
        QFETCH(QString, shown);
        const QString redacted = ConnectionString::redacted(location);
        if (!shown.isEmpty()) {
            QCOMPARE(redacted, shown);
            return;
        }
        QVERIFY2(!redacted.contains(u"s3cret"_s), qPrintable(redacted));
        QVERIFY2(redacted.contains(u"db"_s), qPrintable(redacted)); // still says where
    }

    void configuresTheQtDriver()
    {
        Result<ConnectionString> parsed = ConnectionString::parse(
            u"postgresql://ana:pw@db.example.org:5433/charter?sslmode=verify-full&options=-c%20search_path%3Dgov"_s);
        QVERIFY(parsed.ok());
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"configure"_s);
        QVERIFY(parsed->applyTo(db).ok());
        QCOMPARE(db.hostName(), u"db.example.org"_s);
        QCOMPARE(db.port(), 5433);
        QCOMPARE(db.databaseName(), u"charter"_s);
        QCOMPARE(db.userName(), u"ana"_s);
        QCOMPARE(db.password(), u"pw"_s);
        QCOMPARE(db.connectOptions(), u"sslmode=verify-full;options='-c search_path=gov';"
                                      "connect_timeout=10;keepalives_idle=30;keepalives_interval=10;"
                                      "keepalives_count=3;tcp_user_timeout=15000;"
                                      "fallback_application_name=charter"_s);

        // Several ports cannot go to setPort: they travel as an option.
        QSqlDatabase multi = QSqlDatabase::addDatabase(u"QPSQL"_s, u"multi"_s);
        QVERIFY(ConnectionString::parse(u"host=a,b port=5432,5433 connect_timeout=3"_s)->applyTo(multi).ok());
        QCOMPARE(multi.port(), -1);
        QCOMPARE(multi.connectOptions(), u"port=5432,5433;connect_timeout=3;keepalives_idle=30;keepalives_interval=10;"
                                         "keepalives_count=3;tcp_user_timeout=15000;"
                                         "fallback_application_name=charter"_s);

        // QPSQL splits its options at ';', so such a value cannot be passed on.
        QSqlDatabase semicolon = QSqlDatabase::addDatabase(u"QPSQL"_s, u"semicolon"_s);
        const Status refused = ConnectionString::parse(u"application_name='a;b'"_s)->applyTo(semicolon);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(u"service"_s));
    }

    void withReplacesAndRemovesSettings()
    {
        const ConnectionString base = *ConnectionString::parse(u"host=db dbname=a user=ana"_s);
        QCOMPARE(base.with(u"dbname"_s, u"b"_s).toKeywordValue(true), u"host=db dbname=b user=ana"_s);
        QCOMPARE(base.with(u"user"_s, QString()).toKeywordValue(true), u"host=db dbname=a"_s);
        QCOMPARE(base.with(u"sslmode"_s, u"require"_s).toKeywordValue(true),
                 u"host=db dbname=a user=ana sslmode=require"_s);
    }
};

QTEST_GUILESS_MAIN(TestConnectionString)
#include "tst_connection_string.moc"
