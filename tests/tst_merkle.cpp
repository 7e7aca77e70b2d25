// The audit trail's Merkle tree against RFC 6962 and the known-answer vectors that
// Certificate Transparency implementations share (the eight-leaf reference tree):
// roots for every size, audit paths, consistency proofs, proofs that fail when altered,
// and the incremental frontier. SHA-256 itself is checked against NIST and Qt.
#include "audit/MerkleFrontier.h"
#include "audit/MerkleTree.h"
#include "audit/Sha256.h"

#include <QCryptographicHash>
#include <bit>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

MerkleHash hash(const char *hex)
{
    return *merkleHashFromHex(QString::fromLatin1(hex));
}

// The reference tree's eight leaves (RFC 6962 test data used across CT implementations).
const QList<QByteArray> ReferenceLeaves = {
    QByteArray(),
    QByteArray::fromHex("00"),
    QByteArray::fromHex("10"),
    QByteArray::fromHex("2021"),
    QByteArray::fromHex("3031"),
    QByteArray::fromHex("40414243"),
    QByteArray::fromHex("5051525354555657"),
    QByteArray::fromHex("606162636465666768696a6b6c6d6e6f"),
};

// MTH(D[0:n]) for n = 1..8.
const char *const ReferenceRoots[8] = {
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
};

const char EmptyRoot[] = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

MerkleTree referenceTree()
{
    MerkleTree tree;
    for (const QByteArray &leaf : ReferenceLeaves)
        tree.appendEntry(leaf);
    return tree;
}

// A deliberately naive MTH straight from RFC 6962's definition, for cross-checking.
MerkleHash naiveRoot(const std::vector<MerkleHash> &leaves, std::size_t begin, std::size_t end)
{
    if (end == begin)
        return merkleEmptyRoot();
    if (end - begin == 1)
        return leaves[begin];
    std::size_t k = 1;
    while (k * 2 < end - begin)
        k *= 2;
    return merkleNodeHash(naiveRoot(leaves, begin, begin + k), naiveRoot(leaves, begin + k, end));
}

QByteArray hex(const Sha256::Digest &digest)
{
    return QByteArray(reinterpret_cast<const char *>(digest.data()), int(digest.size())).toHex();
}

} // namespace

class TestMerkle : public QObject {
    Q_OBJECT

private slots:
    // ---- SHA-256 ------------------------------------------------------------------

    void sha256NistVectors_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("digest");
        QTest::newRow("empty") << QByteArray()
                               << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc") << QByteArray("abc")
                             << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("448 bits") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                  << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        QTest::newRow("896 bits")
            << QByteArray("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu")
            << QByteArray("cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
        QTest::newRow("million a") << QByteArray(1'000'000, 'a')
                                   << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }

    void sha256NistVectors()
    {
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, digest);
        for (Sha256::Engine engine : {Sha256::Engine::Automatic, Sha256::Engine::Portable}) {
            Sha256 sha(engine);
            sha.addData(message);
            QCOMPARE(hex(sha.finish()), digest);
        }
    }

    // Every length around the block and padding boundaries, fed in random pieces, with
    // both engines, must agree with Qt's implementation.
    void sha256AgreesWithQtForEveryLength()
    {
        QRandomGenerator random(6962);
        for (int length = 0; length <= 300; ++length) {
            QByteArray message(length, Qt::Uninitialized);
            for (char &c : message)
                c = char(random.bounded(256));
            const QByteArray expected = QCryptographicHash::hash(message, QCryptographicHash::Sha256).toHex();
            for (Sha256::Engine engine : {Sha256::Engine::Automatic, Sha256::Engine::Portable}) {
                Sha256 sha(engine);
                for (int at = 0; at < length;) {
                    const int piece = std::min(length - at, int(random.bounded(1, 90)));
                    sha.addData(message.constData() + at, std::size_t(piece));
                    at += piece;
                }
                QCOMPARE(hex(sha.finish()), expected);
                sha.reset();
                sha.addData(message);
                QCOMPARE(hex(sha.finish()), expected);
            }
        }
        qInfo("SHA-256 engine: %s", Sha256::hardwareAccelerated() ? "SHA extensions" : "portable");
    }

    // ---- tree hashes ----------------------------------------------------------------

    void emptyTreeIsTheHashOfNothing()
    {
        QCOMPARE(merkleEmptyRoot(), hash(EmptyRoot));
        QCOMPARE(MerkleTree().root(), hash(EmptyRoot));
        QCOMPARE(MerkleFrontier().root(), hash(EmptyRoot));
        QCOMPARE(MerkleFrontier().size(), 0);
    }

    void leafAndNodeHashesUseTheirPrefixes()
    {
        // Leaf: SHA-256(0x00 || entry); node: SHA-256(0x01 || left || right).
        QCOMPARE(merkleLeafHash(QByteArray()), hash("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"));
        const MerkleHash a = merkleLeafHash("a");
        const MerkleHash b = merkleLeafHash("b");
        QByteArray node("\x01", 1);
        node += merkleHashBytes(a).toByteArray() + merkleHashBytes(b).toByteArray();
        QCOMPARE(merkleNodeHash(a, b), Sha256::hash(node));
        QVERIFY(merkleNodeHash(a, b) != merkleNodeHash(b, a));
    }

    void rootsOfTheReferenceTree()
    {
        const MerkleTree tree = referenceTree();
        QCOMPARE(tree.size(), 8);
        QCOMPARE(*tree.rootAt(0), hash(EmptyRoot));
        for (int size = 1; size <= 8; ++size)
            QCOMPARE(merkleHashToHex(*tree.rootAt(size)), QString::fromLatin1(ReferenceRoots[size - 1]));
        QVERIFY(!tree.rootAt(9));
        QVERIFY(!tree.rootAt(-1));
    }

    void frontierGrowsThroughTheReferenceRoots()
    {
        MerkleFrontier frontier;
        for (int i = 0; i < 8; ++i) {
            frontier.append(merkleLeafHash(ReferenceLeaves[i]));
            QCOMPARE(frontier.size(), i + 1);
            QCOMPARE(merkleHashToHex(frontier.root()), QString::fromLatin1(ReferenceRoots[i]));
            QCOMPARE(frontier.nodes().size(), std::size_t(std::popcount(quint64(i + 1))));
        }
    }

    // ---- audit paths ----------------------------------------------------------------

    void auditPathsOfTheReferenceTree_data()
    {
        QTest::addColumn<qint64>("index");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QList<QByteArray>>("path");
        // CT's vectors number leaves from 1; these are zero-based.
        QTest::newRow("leaf 0 of 1") << qint64(0) << qint64(1) << QList<QByteArray>{};
        QTest::newRow("leaf 0 of 8") << qint64(0) << qint64(8) << QList<QByteArray>{
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"};
        QTest::newRow("leaf 5 of 8") << qint64(5) << qint64(8) << QList<QByteArray>{
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"};
        QTest::newRow("leaf 2 of 3") << qint64(2) << qint64(3) << QList<QByteArray>{
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"};
        QTest::newRow("leaf 1 of 5") << qint64(1) << qint64(5) << QList<QByteArray>{
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"};
    }

    void auditPathsOfTheReferenceTree()
    {
        QFETCH(qint64, index);
        QFETCH(qint64, size);
        QFETCH(QList<QByteArray>, path);
        const MerkleTree tree = referenceTree();
        const std::optional<std::vector<MerkleHash>> proof = tree.inclusionProof(index, size);
        QVERIFY(proof);
        QCOMPARE(proof->size(), std::size_t(path.size()));
        for (qsizetype i = 0; i < path.size(); ++i)
            QCOMPARE(merkleHashToHex((*proof)[std::size_t(i)]), QString::fromLatin1(path[i]));

        const MerkleHash leaf = merkleLeafHash(ReferenceLeaves[int(index)]);
        const MerkleHash root = *tree.rootAt(size);
        QVERIFY(MerkleProof::verifyInclusion(index, size, leaf, *proof, root));
        checkAlteredPathsFail(index, size, leaf, *proof, root);
    }

    void auditPathsRejectImpossibleQueries()
    {
        const MerkleTree tree = referenceTree();
        QVERIFY(!tree.inclusionProof(0, 0));
        QVERIFY(!tree.inclusionProof(8, 8));
        QVERIFY(!tree.inclusionProof(0, 9));
        QVERIFY(!tree.inclusionProof(-1, 4));
        const MerkleHash leaf = merkleLeafHash(ReferenceLeaves[0]);
        QVERIFY(!MerkleProof::verifyInclusion(0, 0, leaf, {}, merkleEmptyRoot()));
        QVERIFY(!MerkleProof::verifyInclusion(1, 1, leaf, {}, leaf));
        QVERIFY(!MerkleProof::verifyInclusion(-1, 1, leaf, {}, leaf));
        QVERIFY(MerkleProof::verifyInclusion(0, 1, leaf, {}, leaf));
    }

    // ---- consistency proofs ---------------------------------------------------------

    void consistencyProofsOfTheReferenceTree_data()
    {
        QTest::addColumn<qint64>("oldSize");
        QTest::addColumn<qint64>("newSize");
        QTest::addColumn<QList<QByteArray>>("proof");
        QTest::newRow("1 to 1") << qint64(1) << qint64(1) << QList<QByteArray>{};
        QTest::newRow("1 to 8") << qint64(1) << qint64(8) << QList<QByteArray>{
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"};
        QTest::newRow("6 to 8") << qint64(6) << qint64(8) << QList<QByteArray>{
            "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"};
        QTest::newRow("2 to 5") << qint64(2) << qint64(5) << QList<QByteArray>{
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"};
    }

    void consistencyProofsOfTheReferenceTree()
    {
        QFETCH(qint64, oldSize);
        QFETCH(qint64, newSize);
        QFETCH(QList<QByteArray>, proof);
        const MerkleTree tree = referenceTree();
        const std::optional<std::vector<MerkleHash>> computed = tree.consistencyProof(oldSize, newSize);
        QVERIFY(computed);
        QCOMPARE(computed->size(), std::size_t(proof.size()));
        for (qsizetype i = 0; i < proof.size(); ++i)
            QCOMPARE(merkleHashToHex((*computed)[std::size_t(i)]), QString::fromLatin1(proof[i]));

        const MerkleHash oldRoot = *tree.rootAt(oldSize);
        const MerkleHash newRoot = *tree.rootAt(newSize);
        QVERIFY(MerkleProof::verifyConsistency(oldSize, newSize, oldRoot, newRoot, *computed));
        if (!computed->empty())
            checkAlteredConsistencyFails(oldSize, newSize, oldRoot, newRoot, *computed);
    }

    void consistencyEdgeCases()
    {
        const MerkleHash empty = merkleEmptyRoot();
        const MerkleHash other = merkleLeafHash("x");
        // An empty tree is a prefix of everything; equal sizes need equal roots.
        QVERIFY(MerkleProof::verifyConsistency(0, 0, empty, empty, {}));
        QVERIFY(MerkleProof::verifyConsistency(0, 5, empty, other, {}));
        QVERIFY(MerkleProof::verifyConsistency(1, 1, other, other, {}));
        QVERIFY(!MerkleProof::verifyConsistency(1, 1, other, empty, {}));
        // Time travel, empty proofs for growth, and proofs where none belongs.
        QVERIFY(!MerkleProof::verifyConsistency(1, 0, other, empty, {}));
        QVERIFY(!MerkleProof::verifyConsistency(2, 1, other, other, {}));
        QVERIFY(!MerkleProof::verifyConsistency(1, 2, other, other, {}));
        QVERIFY(!MerkleProof::verifyConsistency(0, 0, empty, empty, {empty}));
        QVERIFY(!MerkleProof::verifyConsistency(0, 1, empty, other, {empty}));
        QVERIFY(!MerkleProof::verifyConsistency(1, 1, other, other, {other}));
        const MerkleTree tree = referenceTree();
        QVERIFY(!tree.consistencyProof(5, 4));
        QVERIFY(!tree.consistencyProof(1, 9));
        QVERIFY(tree.consistencyProof(0, 8)->empty());
        QVERIFY(tree.consistencyProof(8, 8)->empty());
    }

    // ---- every size against the naive reference ------------------------------------

    void everyProofUpTo64LeavesVerifies()
    {
        MerkleTree tree;
        std::vector<MerkleHash> leaves;
        MerkleFrontier frontier;
        for (int i = 0; i < 64; ++i) {
            const MerkleHash leaf = merkleLeafHash(QByteArray(1, char(i)));
            tree.appendLeafHash(leaf);
            leaves.push_back(leaf);
            frontier.append(leaf);
            QCOMPARE(frontier.root(), naiveRoot(leaves, 0, leaves.size()));
            // A stored frontier comes back identical and keeps growing the same tree.
            std::optional<MerkleFrontier> restored = MerkleFrontier::fromNodes(frontier.size(), frontier.nodes());
            QVERIFY(restored);
            QCOMPARE(*restored, frontier);
        }
        for (qint64 size = 1; size <= 64; ++size) {
            const MerkleHash root = *tree.rootAt(size);
            QCOMPARE(root, naiveRoot(leaves, 0, std::size_t(size)));
            for (qint64 index = 0; index < size; ++index) {
                const std::vector<MerkleHash> path = *tree.inclusionProof(index, size);
                QVERIFY(MerkleProof::verifyInclusion(index, size, tree.leafHash(index), path, root));
                QVERIFY(!MerkleProof::verifyInclusion(index, size, tree.leafHash((index + 1) % 64), path, root));
            }
            for (qint64 oldSize = 0; oldSize <= size; ++oldSize) {
                const std::vector<MerkleHash> proof = *tree.consistencyProof(oldSize, size);
                const MerkleHash oldRoot = *tree.rootAt(oldSize);
                QVERIFY(MerkleProof::verifyConsistency(oldSize, size, oldRoot, root, proof));
                if (oldSize > 0 && oldSize < size) {
                    // Any other old tree of the same size is not a prefix.
                    QVERIFY(!MerkleProof::verifyConsistency(oldSize, size, merkleLeafHash("forged"), root, proof));
                }
            }
        }
    }

    void frontierRejectsMalformedState()
    {
        QVERIFY(!MerkleFrontier::fromNodes(3, {merkleEmptyRoot()}));
        QVERIFY(!MerkleFrontier::fromNodes(-1, {}));
        QVERIFY(!MerkleFrontier::fromNodes(0, {merkleEmptyRoot()}));
        QVERIFY(MerkleFrontier::fromNodes(0, {}));
        QVERIFY(MerkleFrontier::fromNodes(4, {merkleEmptyRoot()}));
    }

    void hexRoundTrip()
    {
        const MerkleHash h = merkleLeafHash("round trip");
        QCOMPARE(*merkleHashFromHex(merkleHashToHex(h)), h);
        QCOMPARE(*merkleHashFromHex(merkleHashToHex(h).toUpper()), h);
        QVERIFY(!merkleHashFromHex(merkleHashToHex(h).left(63)));
        QVERIFY(!merkleHashFromHex(QString(merkleHashToHex(h) + u'0')));
        QVERIFY(!merkleHashFromHex(u"g"_s.repeated(64)));
        QCOMPARE(*merkleHashFromBytes(merkleHashBytes(h)), h);
        QVERIFY(!merkleHashFromBytes("short"));
    }

private:
    void checkAlteredPathsFail(qint64 index, qint64 size, const MerkleHash &leaf,
                               const std::vector<MerkleHash> &path, const MerkleHash &root)
    {
        QVERIFY(!MerkleProof::verifyInclusion(index - 1, size, leaf, path, root));
        QVERIFY(!MerkleProof::verifyInclusion(index + 1, size, leaf, path, root));
        if ((index ^ 2) < size)
            QVERIFY(!MerkleProof::verifyInclusion(index ^ 2, size, leaf, path, root));
        QVERIFY(!MerkleProof::verifyInclusion(index, size * 2, leaf, path, root));
        if (size / 2 > index)
            QVERIFY(!MerkleProof::verifyInclusion(index, size / 2, leaf, path, root));
        QVERIFY(!MerkleProof::verifyInclusion(index, size, merkleLeafHash("WrongLeaf"), path, root));
        QVERIFY(!MerkleProof::verifyInclusion(index, size, leaf, path, merkleEmptyRoot()));
        for (std::size_t i = 0; i < path.size(); ++i) {
            std::vector<MerkleHash> wrong = path;
            wrong[i] = merkleEmptyRoot();
            QVERIFY(!MerkleProof::verifyInclusion(index, size, leaf, wrong, root));
        }
        std::vector<MerkleHash> longer = path;
        longer.push_back(root);
        QVERIFY(!MerkleProof::verifyInclusion(index, size, leaf, longer, root));
        if (!path.empty()) {
            std::vector<MerkleHash> shorter(path.begin(), path.end() - 1);
            QVERIFY(!MerkleProof::verifyInclusion(index, size, leaf, shorter, root));
        }
        std::vector<MerkleHash> prefixed{root};
        prefixed.insert(prefixed.end(), path.begin(), path.end());
        QVERIFY(!MerkleProof::verifyInclusion(index, size, leaf, prefixed, root));
    }

    void checkAlteredConsistencyFails(qint64 oldSize, qint64 newSize, const MerkleHash &oldRoot,
                                      const MerkleHash &newRoot, const std::vector<MerkleHash> &proof)
    {
        QVERIFY(!MerkleProof::verifyConsistency(oldSize - 1, newSize, oldRoot, newRoot, proof));
        QVERIFY(!MerkleProof::verifyConsistency(oldSize + 1, newSize, oldRoot, newRoot, proof));
        QVERIFY(!MerkleProof::verifyConsistency(oldSize ^ 2, newSize, oldRoot, newRoot, proof));
        QVERIFY(!MerkleProof::verifyConsistency(oldSize, newSize * 2, oldRoot, newRoot, proof));
        QVERIFY(!MerkleProof::verifyConsistency(oldSize, newSize / 2, oldRoot, newRoot, proof));
        const MerkleHash wrong = merkleLeafHash("WrongRoot");
        QVERIFY(!MerkleProof::verifyConsistency(oldSize, newSize, oldRoot, wrong, proof));
        QVERIFY(!MerkleProof::verifyConsistency(oldSize, newSize, wrong, newRoot, proof));
        QVERIFY(!MerkleProof::verifyConsistency(oldSize, newSize, newRoot, oldRoot, proof));
        QVERIFY(!MerkleProof::verifyConsistency(oldSize, newSize, oldRoot, newRoot, {}));
        for (std::size_t i = 0; i < proof.size(); ++i) {
            std::vector<MerkleHash> altered = proof;
            altered[i] = merkleEmptyRoot();
            QVERIFY(!MerkleProof::verifyConsistency(oldSize, newSize, oldRoot, newRoot, altered));
        }
        std::vector<MerkleHash> longer = proof;
        longer.push_back(proof.back());
        QVERIFY(!MerkleProof::verifyConsistency(oldSize, newSize, oldRoot, newRoot, longer));
        std::vector<MerkleHash> shorter(proof.begin(), proof.end() - 1);
        QVERIFY(!MerkleProof::verifyConsistency(oldSize, newSize, oldRoot, newRoot, shorter));
        std::vector<MerkleHash> prefixed{merkleEmptyRoot()};
        prefixed.insert(prefixed.end(), proof.begin(), proof.end());
        QVERIFY(!MerkleProof::verifyConsistency(oldSize, newSize, oldRoot, newRoot, prefixed));
        prefixed[0] = proof[0];
        QVERIFY(!MerkleProof::verifyConsistency(oldSize, newSize, oldRoot, newRoot, prefixed));
    }
};

QTEST_GUILESS_MAIN(TestMerkle)
#include "tst_merkle.moc"
