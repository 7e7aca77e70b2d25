// Network file systems: which statfs types count as shared between hosts, and what
// Database does when a file lives on one (opens it with a warning, rollback journal).
#include "storage/Database.h"
#include "storage/FileSystemCheck.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

QString scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return QString();
    return query.value(0).toString();
}

FileSystemProbe fakeProbe(quint64 magic, const QString &mountType = QString(),
                          QStringList *probedPaths = nullptr)
{
    return [=](const QString &path) -> std::optional<FileSystemType> {
        if (probedPaths)
            probedPaths->append(path);
        return FileSystemType{magic, mountType};
    };
}

constexpr quint64 Ext4 = 0xEF53;
constexpr quint64 Nfs = 0x6969;
constexpr quint64 Fuse = 0x65735546;

} // namespace

class TestFileSystemCheck : public QObject {
    Q_OBJECT

private slots:
    void classifiesFileSystemTypes_data()
    {
        QTest::addColumn<quint64>("magic");
        QTest::addColumn<QString>("mountType");
        QTest::addColumn<QString>("expected"); // empty: local

        // Local file systems, as statfs reports them.
        QTest::newRow("ext4") << quint64(0xEF53) << u"ext4"_s << QString();
        QTest::newRow("btrfs") << quint64(0x9123683E) << u"btrfs"_s << QString();
        QTest::newRow("xfs") << quint64(0x58465342) << u"xfs"_s << QString();
        QTest::newRow("tmpfs") << quint64(0x01021994) << u"tmpfs"_s << QString();
        QTest::newRow("zfs") << quint64(0x2FC12FC1) << u"zfs"_s << QString();
        QTest::newRow("overlay") << quint64(0x794C7630) << u"overlay"_s << QString();
        // FUSE is local or remote: only the mount type tells.
        QTest::newRow("fuseblk (ntfs-3g)") << Fuse << u"fuseblk"_s << QString();
        QTest::newRow("fuse, unknown type") << Fuse << QString() << QString();
        QTest::newRow("fuse.sshfs") << Fuse << u"fuse.sshfs"_s << u"sshfs"_s;
        QTest::newRow("fuse.rclone") << Fuse << u"fuse.rclone"_s << u"rclone"_s;
        QTest::newRow("virtiofs") << Fuse << u"virtiofs"_s << u"virtiofs (shared with the host)"_s;
        // Network and cluster file systems, by magic number alone.
        QTest::newRow("nfs") << Nfs << QString() << u"NFS"_s;
        QTest::newRow("smb") << quint64(0x517B) << QString() << u"SMB"_s;
        QTest::newRow("cifs") << quint64(0xFF534D42) << QString() << u"SMB/CIFS"_s;
        QTest::newRow("smb2") << quint64(0xFE534D42) << QString() << u"SMB2/SMB3"_s;
        QTest::newRow("openafs") << quint64(0x5346414F) << QString() << u"AFS"_s;
        QTest::newRow("kafs") << quint64(0x6B414653) << QString() << u"AFS"_s;
        QTest::newRow("coda") << quint64(0x73757245) << QString() << u"Coda"_s;
        QTest::newRow("ceph") << quint64(0x00C36400) << QString() << u"CephFS"_s;
        QTest::newRow("9p") << quint64(0x01021997) << QString() << u"9P"_s;
        QTest::newRow("gfs2") << quint64(0x01161970) << QString() << u"GFS2"_s;
        QTest::newRow("lustre") << quint64(0x0BD00BD0) << QString() << u"Lustre"_s;
        QTest::newRow("vboxsf") << quint64(0x786F4256) << QString() << u"VirtualBox shared folder"_s;
        // A kernel whose magic we do not list still names the mount.
        QTest::newRow("nfs4 by mount type") << quint64(0x1234) << u"nfs4"_s << u"NFS"_s;
        QTest::newRow("cifs by mount type") << quint64(0x1234) << u"cifs"_s << u"SMB/CIFS"_s;
    }

    void classifiesFileSystemTypes()
    {
        QFETCH(quint64, magic);
        QFETCH(QString, mountType);
        QFETCH(QString, expected);
        const std::optional<QString> name = networkFileSystemName(FileSystemType{magic, mountType});
        QCOMPARE(name.value_or(QString()), expected);
    }

    void probesTheRealFileSystem()
    {
        // The test machine's temporary folder is local; the probe must say so and
        // find a type at all.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::optional<FileSystemType> type = probeFileSystem(dir.path());
        QVERIFY(type.has_value());
        QVERIFY(type->magic != 0);
        QVERIFY(!probeFileSystem(dir.filePath(u"does-not-exist"_s)).has_value());
    }

    void localDatabaseHasNoWarning()
    {
        QTemporaryDir dir;
        Database::Options options;
        options.fileSystemProbe = fakeProbe(Ext4, u"ext4"_s);
        auto db = Database::open(dir.filePath(u"local.db"_s), options);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QVERIFY((*db)->warnings().isEmpty());
        QVERIFY((*db)->networkFileSystem().isEmpty());
        QCOMPARE(scalar(**db, u"PRAGMA journal_mode"_s), u"wal"_s);
    }

    void newDatabaseOnNetworkShareOpensWithWarning()
    {
        QTemporaryDir dir;
        QStringList probed;
        Database::Options options;
        options.fileSystemProbe = fakeProbe(Nfs, u"nfs4"_s, &probed);
        const QString location = dir.filePath(u"share/new.db"_s);
        auto db = Database::open(location, options);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        // A file that does not exist yet is judged by its folder.
        QCOMPARE(probed, QStringList{dir.filePath(u"share"_s)});
        QCOMPARE((*db)->networkFileSystem(), u"NFS"_s);
        QCOMPARE((*db)->warnings().size(), 1);
        const QString warning = (*db)->warnings().constFirst();
        QVERIFY2(warning.contains(location), qPrintable(warning));
        QVERIFY2(warning.contains(u"NFS"_s), qPrintable(warning));
        QVERIFY2(warning.contains(u"network file system"_s), qPrintable(warning));
        QVERIFY2(warning.contains(u"two computers"_s), qPrintable(warning));
        // No WAL: its shared memory index cannot work across hosts.
        QCOMPARE(scalar(**db, u"PRAGMA journal_mode"_s), u"delete"_s);
    }

    void existingWalDatabaseOnShareSwitchesToRollbackJournal()
    {
        QTemporaryDir dir;
        const QString location = dir.filePath(u"moved.db"_s);
        {
            auto db = Database::open(location); // local: WAL
            QVERIFY(db.ok());
            QCOMPARE(scalar(**db, u"PRAGMA journal_mode"_s), u"wal"_s);
        }
        QStringList probed;
        Database::Options options;
        options.mode = Database::OpenMode::OpenExisting;
        options.fileSystemProbe = fakeProbe(0xFF534D42, u"cifs"_s, &probed);
        auto db = Database::open(location, options);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE(probed, QStringList{location}); // an existing file is judged itself
        QCOMPARE((*db)->networkFileSystem(), u"SMB/CIFS"_s);
        QCOMPARE((*db)->warnings().size(), 1);
        QCOMPARE(scalar(**db, u"PRAGMA journal_mode"_s), u"delete"_s);
    }

    void unknownFileSystemOpensQuietly()
    {
        QTemporaryDir dir;
        Database::Options options;
        options.fileSystemProbe = [](const QString &) -> std::optional<FileSystemType> {
            return std::nullopt;
        };
        auto db = Database::open(dir.filePath(u"unknown.db"_s), options);
        QVERIFY(db.ok());
        QVERIFY((*db)->warnings().isEmpty());
        QCOMPARE(scalar(**db, u"PRAGMA journal_mode"_s), u"wal"_s);
    }
};

QTEST_GUILESS_MAIN(TestFileSystemCheck)
#include "tst_filesystem_check.moc"
