#include "AuditViewer.h"

#include "AuditModel.h"
#include "register/RegisterService.h"
#include "storage/AuditStore.h"
#include "storage/Database.h"
#include "tasks/TaskRunner.h"
#include "views/MessageBar.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

// What the worker hands back: the report, or why verify could not run at all.
struct VerifyOutcome {
    std::optional<AuditVerifyReport> report;
    QString error;
};

} // namespace

AuditViewer::AuditViewer(RegisterService &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new AuditModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_messageBar(new MessageBar(this))
    , m_filter(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_change(new QPlainTextEdit(this))
    , m_findings(new QListWidget(this))
    , m_verify(new QPushButton(tr("&Verify"), this))
    , m_export(new QPushButton(tr("E&xport Tree Head…"), this))
    , m_runner(new TaskRunner(this))
{
    setObjectName(u"auditViewer"_s);
    setWindowTitle(tr("Audit Trail"));
    m_chooseSaveFile = [](QWidget *parentWidget) {
        return QFileDialog::getSaveFileName(
            parentWidget, tr("Export Tree Head"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/treehead.json"_s,
            tr("Tree heads (*.json);;All files (*)"));
    };

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::DisplayRole);
    m_filter->setObjectName(u"auditFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by actor, action, entity or reason"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::textChanged, this, [this] {
        m_count->setText(tr("%1 of %n entries", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
    });

    m_table->setObjectName(u"auditTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditViewer::showSelected);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_change->setObjectName(u"auditChange"_s);
    m_change->setReadOnly(true);
    m_change->setFont(fixed);
    m_change->setPlaceholderText(tr("Select an entry to see what it changed."));
    m_findings->setObjectName(u"verifyFindings"_s);
    m_findings->setWordWrap(true);
    m_findings->hide();
    connect(m_findings, &QListWidget::currentRowChanged, this, &AuditViewer::selectFinding);

    m_verify->setObjectName(u"verifyButton"_s);
    m_verify->setToolTip(tr("Recompute the Merkle tree, check every entry and the register against the trail"));
    m_export->setObjectName(u"exportTreeHead"_s);
    connect(m_verify, &QPushButton::clicked, this, &AuditViewer::verify);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = m_chooseSaveFile(this);
        if (!path.isEmpty())
            exportTreeHead(path);
    });
    connect(m_runner, &TaskRunner::runningChanged, m_verify, [this](bool running) { m_verify->setEnabled(!running); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    top->addWidget(m_verify);
    top->addWidget(m_export);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_change);
    splitter->addWidget(m_findings);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1100, 720);
    reload();
}

void AuditViewer::setSystem(qint64 systemId, const QString &name)
{
    m_systemId = systemId;
    setWindowTitle(tr("History of %1").arg(name));
    m_verify->hide();
    m_export->hide();
    reload();
}

void AuditViewer::reload()
{
    AuditStore store(m_session.database());
    Result<QList<AuditRecord>> records = QList<AuditRecord>();
    if (m_systemId == 0) {
        records = store.entries();
    } else {
        const QString id = QString::number(m_systemId);
        records = store.find(AuditFilter{u"system"_s, id, -1});
        if (records) {
            Result<QList<AuditRecord>> workflow = store.find(AuditFilter{u"workflow"_s, id, -1});
            if (workflow) {
                records->append(*workflow);
                std::sort(records->begin(), records->end(),
                          [](const AuditRecord &a, const AuditRecord &b) { return a.seq < b.seq; });
            } else {
                records = workflow.error();
            }
        }
    }
    if (!records) {
        m_messageBar->showMessage(records.error().message, MessageBar::Type::Error);
        m_model->setRecords({});
    } else {
        // Newest first: what people look for in a trail.
        QList<AuditRecord> newestFirst(records->crbegin(), records->crend());
        m_model->setRecords(std::move(newestFirst));
    }
    m_count->setText(tr("%1 of %n entries", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
    m_table->resizeColumnsToContents();
    if (m_table->columnWidth(AuditModel::EntityColumn) > 240)
        m_table->setColumnWidth(AuditModel::EntityColumn, 240);
}

void AuditViewer::showSelected()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (!current.isValid()) {
        m_change->clear();
        return;
    }
    const AuditRecord &record = m_model->record(current.row());
    QString header = tr("Entry %1 · %2 · %3 %4 %5").arg(QString::number(record.seq), record.actor, record.action,
                                                         record.entityType, record.entityId);
    if (!record.reason.isEmpty())
        header += u'\n' + tr("Reason: %1").arg(record.reason);
    m_change->setPlainText(header + u"\n\n"_s + auditChangeText(record));
}

void AuditViewer::verify()
{
    const QString location = m_session.database().location();
    m_messageBar->showMessage(tr("Verifying the audit trail…"), MessageBar::Type::Information);
    TaskRunner::Options options;
    options.title = tr("Verify");
    options.label = tr("Recomputing the audit trail's Merkle tree…");
    options.cancellable = false;
    const bool started = m_runner->run<VerifyOutcome>(
        options,
        [location](TaskControl &) {
            VerifyOutcome outcome;
            Database::Options openOptions;
            openOptions.mode = Database::OpenMode::OpenExisting;
            Result<std::unique_ptr<Database>> db = Database::open(location, openOptions);
            if (!db) {
                outcome.error = db.error().message;
                return outcome;
            }
            Result<AuditVerifyReport> report = AuditVerifier(**db).run();
            if (report)
                outcome.report = *report;
            else
                outcome.error = report.error().message;
            return outcome;
        },
        [this](VerifyOutcome outcome) {
            if (!outcome.report) {
                m_messageBar->showMessage(tr("Verify could not run. %1").arg(outcome.error), MessageBar::Type::Error);
                emit verified(false);
                return;
            }
            showReport(*outcome.report);
        });
    if (!started)
        m_messageBar->showMessage(tr("Verify is already running."), MessageBar::Type::Information);
}

void AuditViewer::showReport(const AuditVerifyReport &report)
{
    m_report = report;
    m_findings->clear();
    for (const AuditFinding &finding : report.findings) {
        auto *item = new QListWidgetItem(finding.message, m_findings);
        item->setData(Qt::UserRole, finding.seq);
        item->setToolTip(AuditFinding::kindKey(finding.kind));
    }
    m_findings->setVisible(!report.ok());
    const QString head = tr("%n entries, root %1…", nullptr, int(report.computed.size))
                             .arg(merkleHashToHex(report.computed.root).left(16));
    if (report.ok()) {
        m_messageBar->showMessage(tr("Verified: the audit trail is intact and the register matches it (%1).").arg(head),
                                  MessageBar::Type::Positive);
    } else {
        m_messageBar->showMessage(tr("Verify found %n problem(s); each is listed below.", nullptr,
                                     int(report.findings.size())),
                                  MessageBar::Type::Error);
    }
    emit verified(report.ok());
}

void AuditViewer::selectFinding()
{
    QListWidgetItem *item = m_findings->currentItem();
    if (!item)
        return;
    const int row = m_model->rowOfSeq(item->data(Qt::UserRole).toLongLong());
    if (row < 0)
        return;
    m_filter->clear();
    m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
}

bool AuditViewer::exportTreeHead(const QString &path)
{
    Result<std::optional<AuditTreeState>> state = AuditStore(m_session.database()).treeState();
    if (!state) {
        m_messageBar->showMessage(state.error().message, MessageBar::Type::Error);
        return false;
    }
    const TreeHead head = state->has_value() ? state->value().head : TreeHead{};
    QSaveFile file(path);
    const QByteArray text = head.toJsonText();
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        m_messageBar->showMessage(tr("Cannot write %1: %2").arg(path, file.errorString()), MessageBar::Type::Error);
        return false;
    }
    m_messageBar->showMessage(tr("Tree head of %n entries written to %1. Keep it: 'charter-cli verify --since' "
                                 "proves later that nothing before it was changed.", nullptr, int(head.size))
                                  .arg(path),
                              MessageBar::Type::Positive);
    return true;
}

} // namespace charter
