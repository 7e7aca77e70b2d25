#pragma once

#include "domain/Enums.h"
#include "domain/Workflow.h"

#include <QString>

namespace charter {

// An enum value as a word inside a sentence ("it is in review", "high risk"), each with
// its own translatable string (context "charter::Enums", disambiguated "... inside a
// sentence"). Never lower-case a label for this: German keeps nouns capitalised ("in
// Prüfung", not "in prüfung"), and each language decides its own case. A catalogue that
// translates the label but not yet the word gets the translated label as it is.
QString enumInSentence(RiskTier value);
QString enumInSentence(Severity value);
QString enumInSentence(Lifecycle value);
QString enumInSentence(WorkflowState value);

namespace detail {

// A word and its disambiguation, as QT_TRANSLATE_NOOP3 gives them.
struct SentenceWord {
    const char *source;
    const char *comment;
};

// WORD translated; LABEL is the value's display label (the fallback, see above).
QString enumWord(const char *label, SentenceWord word);

} // namespace detail

} // namespace charter
