#include "AuditTreeState.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace charter {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("charter::AuditTreeState", text);
}
} // namespace

void AuditTreeState::append(const MerkleHash &leaf, const QString &time)
{
    frontier.append(leaf);
    head.size = frontier.size();
    head.root = frontier.root();
    head.time = time;
}

QByteArray AuditTreeState::toStoredText() const
{
    QJsonObject object = head.toJson();
    QJsonArray nodes;
    for (const MerkleHash &node : frontier.nodes())
        nodes.append(merkleHashToHex(node));
    object.insert(u"frontier"_s, nodes);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<AuditTreeState> AuditTreeState::fromStoredText(QByteArrayView text)
{
    const QString source = tr("stored audit tree state");
    const QJsonDocument document = QJsonDocument::fromJson(text.toByteArray());
    if (!document.isObject() || !document.object().value(u"frontier"_s).isArray()) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The stored audit tree state is not readable (it has no frontier)."));
    }
    QJsonObject object = document.object();
    const QJsonArray nodes = object.take(u"frontier"_s).toArray();
    Result<TreeHead> head = parseTreeHead(QJsonDocument(object).toJson(QJsonDocument::Compact), source);
    if (!head)
        return head.error();
    std::vector<MerkleHash> hashes;
    hashes.reserve(std::size_t(nodes.size()));
    for (const QJsonValue &node : nodes) {
        const std::optional<MerkleHash> hash = merkleHashFromHex(node.toString());
        if (!hash) {
            return makeError(ErrorCode::InvalidInput,
                             tr("The stored audit tree state has a frontier node that is not a "
                                "SHA-256 hash."));
        }
        hashes.push_back(*hash);
    }
    std::optional<MerkleFrontier> frontier = MerkleFrontier::fromNodes(head->size, std::move(hashes));
    if (!frontier || frontier->root() != head->root) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The stored audit tree state is inconsistent: its frontier does not "
                            "produce its root for %1 entries.").arg(head->size));
    }
    return AuditTreeState{*head, *frontier};
}

} // namespace charter
