#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace charter {

// What the kernel says about the file system a path lives on: statfs(2)'s f_type magic
// number and, from /proc/self/mountinfo, the mount's type name ("nfs4", "fuse.sshfs").
// The name matters for FUSE, whose magic number is the same for local and network
// file systems.
struct FileSystemType {
    quint64 magic = 0;
    QString mountType; // empty when unknown
};

// Finds the file system of PATH (an existing file or folder). nullopt when it cannot
// be told (the path does not exist, statfs failed). Tests inject their own.
using FileSystemProbe = std::function<std::optional<FileSystemType>(const QString &path)>;

// The real probe: statfs(2) on PATH, plus the mount type from /proc/self/mountinfo
// when the magic number alone does not decide (FUSE).
std::optional<FileSystemType> probeFileSystem(const QString &path);

// A human name for TYPE ("NFS", "SMB/CIFS", "sshfs") when it is a network or cluster
// file system, on which SQLite's locking and WAL shared memory are unreliable because
// several hosts may open the file; nullopt for local file systems and for types it
// does not know. Pure: a table lookup.
std::optional<QString> networkFileSystemName(const FileSystemType &type);

// Convenience: the network file system name for PATH with PROBE (probeFileSystem when
// empty); nullopt when local or when the probe cannot tell.
std::optional<QString> networkFileSystemOf(const QString &path, const FileSystemProbe &probe = {});

} // namespace charter
