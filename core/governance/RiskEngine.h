#pragma once

#include "Completeness.h"
#include "Policy.h"
#include "domain/AiSystem.h"
#include "domain/RiskAssessment.h"
#include "domain/Vendor.h"

#include <QDate>
#include <QList>
#include <QString>

namespace charter {

// Explainable risk: scores a system under a policy and says why, factor by factor.
// Stateless and thread-safe; assess() uses no regex and no JSON, so it can run over
// the whole register on every import and list refresh.
class RiskEngine
{
public:
    // vendor: the system's vendor, nullptr if none or not loaded. today: the date that
    // contract ends and review due dates are measured against.
    //
    // Every unknown answer is listed in unknowns and adds points once: through its own
    // gap factor when the policy weighs one (no accountable owner, no escalation path,
    // boundaries or vendor not documented, unknown deprecation notice), otherwise as an
    // "unknown:<question>" factor worth the policy's points for its group.
    static RiskAssessment assess(const AiSystem &system, const Vendor *vendor,
                                 const Policy &policy, QDate today);

    // "What would lower this": the factors whose removal alone would move the
    // assessment to a lower tier, highest points first. Empty when the tier is low or no
    // single factor is enough.
    static QList<RiskFactor> tierChangers(const RiskAssessment &assessment, const Policy &policy);

    // The tier for a score, raised to the policy's floor of any of the given factors.
    static RiskTier tierFor(int score, const QList<RiskFactor> &factors, const Policy &policy);

    // Sentences and labels are translated once per thread and cached; call this after
    // installing or removing a translator (on QEvent::LanguageChange) to refresh them.
    static void retranslate();

    // Id of the factor an unknown answer raises: "unknown:data_residency".
    static QString unknownFactorId(Question question);
};

} // namespace charter
