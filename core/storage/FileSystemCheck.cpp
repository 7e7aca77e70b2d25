#include "FileSystemCheck.h"

#include <QFile>
#include <QFileInfo>

#include <array>

#if defined(Q_OS_LINUX)
#include <sys/vfs.h>
#endif

using namespace Qt::StringLiterals;

namespace charter {

namespace {

struct KnownFileSystem {
    quint64 magic;
    const char *name;
};

// statfs(2) f_type values (linux/magic.h and the file systems' own headers) of file
// systems that more than one host can mount at once.
constexpr std::array<KnownFileSystem, 19> NetworkMagics = {{
    {0x6969, "NFS"},
    {0x517B, "SMB"},
    {0xFF534D42, "SMB/CIFS"},
    {0xFE534D42, "SMB2/SMB3"},
    {0x5346414F, "AFS"},      // OpenAFS
    {0x6B414653, "AFS"},      // kAFS
    {0x73757245, "Coda"},
    {0x564C, "NetWare (NCP)"},
    {0x00C36400, "CephFS"},
    {0x01021997, "9P"},       // also WSL2 and VM shared folders
    {0x01161970, "GFS2"},
    {0x7461636F, "OCFS2"},
    {0x0BD00BD0, "Lustre"},
    {0x47504653, "GPFS"},
    {0x20030528, "OrangeFS"},
    {0x19830326, "BeeGFS"},
    {0xAAD7AAEA, "PanFS"},
    {0x786F4256, "VirtualBox shared folder"},
    {0x7C7C6673, "Parallels shared folder"},
}};

constexpr quint64 FuseMagic = 0x65735546;

// Mount types (as /proc/self/mountinfo names them) of network file systems, for the
// cases where the magic number does not tell: FUSE, and kernels whose magic we miss.
struct KnownMountType {
    const char *type;
    const char *name;
};
constexpr std::array<KnownMountType, 27> NetworkMountTypes = {{
    {"nfs", "NFS"},
    {"nfs4", "NFS"},
    {"cifs", "SMB/CIFS"},
    {"smb3", "SMB3"},
    {"smbfs", "SMB"},
    {"afs", "AFS"},
    {"ceph", "CephFS"},
    {"9p", "9P"},
    {"virtiofs", "virtiofs (shared with the host)"},
    {"vboxsf", "VirtualBox shared folder"},
    {"davfs", "WebDAV"},
    {"glusterfs", "GlusterFS"},
    {"fuse.sshfs", "sshfs"},
    {"fuse.rclone", "rclone"},
    {"fuse.s3fs", "s3fs"},
    {"fuse.gcsfuse", "gcsfuse"},
    {"fuse.glusterfs", "GlusterFS"},
    {"fuse.ceph-fuse", "CephFS"},
    {"fuse.curlftpfs", "FTP (curlftpfs)"},
    {"fuse.smbnetfs", "SMB (smbnetfs)"},
    {"fuse.gvfsd-fuse", "GVfs (possibly a network share)"},
    {"fuse.juicefs", "JuiceFS"},
    {"fuse.mfs", "MooseFS"},
    {"fuse.lizardfs", "LizardFS"},
    {"fuse.blobfuse", "Azure Blob (blobfuse)"},
    {"fuse.blobfuse2", "Azure Blob (blobfuse)"},
    {"fuse.goofys", "goofys"},
}};

// mountinfo escapes space, tab, newline and backslash as \ooo.
QString unescapeMountField(const QByteArray &field)
{
    QByteArray out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size()) {
            bool ok = false;
            const int value = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok && value < 256) {
                out.append(char(value));
                i += 3;
                continue;
            }
        }
        out.append(field[i]);
    }
    return QString::fromUtf8(out);
}

bool isUnder(const QString &path, const QString &mountPoint)
{
    if (mountPoint == u"/"_s)
        return true;
    return path == mountPoint || path.startsWith(mountPoint + u'/');
}

// The type of the mount that holds PATH: the longest mount point above it; of equal
// ones the last listed (a later mount hides an earlier one on the same point).
QString mountTypeOf(const QString &path)
{
    QFile mountInfo(u"/proc/self/mountinfo"_s);
    if (!mountInfo.open(QIODevice::ReadOnly))
        return QString();
    QString bestType;
    qsizetype bestLength = -1;
    const QList<QByteArray> lines = mountInfo.readAll().split('\n');
    for (const QByteArray &line : lines) {
        // "36 35 98:0 /root /mnt/point options [optional fields] - fstype source super"
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 7)
            continue;
        const QString mountPoint = unescapeMountField(fields[4]);
        const qsizetype separator = fields.indexOf("-", 6);
        if (separator < 0 || separator + 1 >= fields.size())
            continue;
        if (isUnder(path, mountPoint) && mountPoint.size() >= bestLength) {
            bestLength = mountPoint.size();
            bestType = QString::fromUtf8(fields[separator + 1]);
        }
    }
    return bestType;
}

} // namespace

std::optional<FileSystemType> probeFileSystem(const QString &path)
{
#if defined(Q_OS_LINUX)
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty())
        return std::nullopt;
    struct statfs buffer {};
    if (::statfs(QFile::encodeName(canonical).constData(), &buffer) != 0)
        return std::nullopt;
    FileSystemType type;
    type.magic = quint64(quint32(buffer.f_type));
    if (type.magic == FuseMagic || !networkFileSystemName(type))
        type.mountType = mountTypeOf(canonical);
    return type;
#else
    Q_UNUSED(path);
    return std::nullopt;
#endif
}

std::optional<QString> networkFileSystemName(const FileSystemType &type)
{
    for (const KnownFileSystem &known : NetworkMagics) {
        if (known.magic == type.magic)
            return QString::fromLatin1(known.name);
    }
    for (const KnownMountType &known : NetworkMountTypes) {
        if (type.mountType == QLatin1StringView(known.type))
            return QString::fromLatin1(known.name);
    }
    return std::nullopt;
}

std::optional<QString> networkFileSystemOf(const QString &path, const FileSystemProbe &probe)
{
    const std::optional<FileSystemType> type = probe ? probe(path) : probeFileSystem(path);
    if (!type)
        return std::nullopt;
    return networkFileSystemName(*type);
}

} // namespace charter
