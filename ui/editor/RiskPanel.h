#pragma once

#include "domain/RiskAssessment.h"
#include "governance/Completeness.h"

#include <QTextBrowser>

class QTimer;

namespace charter {

class RegisterService;
class SystemDraft;
class VendorModel;

// The live risk of the system being edited: RiskEngine's assessment of the working
// copy (tier, score, every factor with its points), how it compares with the saved
// record, "what would lower this" (RiskEngine::tierChangers: each factor whose removal
// alone lowers the tier, and to what), and the unanswered questions by section, each a
// link to its section. Recomputed shortly after every edit (coalesced by a timer).
class RiskPanel : public QTextBrowser
{
    Q_OBJECT

public:
    RiskPanel(SystemDraft *draft, VendorModel *vendors, QWidget *parent = nullptr);

    void setService(RegisterService *service);

    // Recomputes now (normally it follows edits by itself).
    void refresh();

    const RiskAssessment &assessment() const { return m_assessment; }
    const QList<RiskFactor> &tierChangers() const { return m_changers; }

signals:
    // The user clicked an unanswered question of GROUP.
    void questionGroupActivated(charter::QuestionGroup group);
    void assessed(const charter::RiskAssessment &assessment);

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleRefresh();
    QString render() const;

    SystemDraft *m_draft;
    VendorModel *m_vendors;
    RegisterService *m_service = nullptr;
    QTimer *m_timer;
    RiskAssessment m_assessment;
    RiskAssessment m_storedAssessment;
    QList<RiskFactor> m_changers;
    QList<Question> m_unknown;
};

} // namespace charter
