#pragma once

#include "CsvReader.h"
#include "ImportCellCache.h"
#include "ImportDirectory.h"
#include "ImportField.h"
#include "ImportProfile.h"
#include "ImportReport.h"
#include "domain/AiSystem.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace charter {

// One column of the file that fills a register field.
struct ImportColumnPlan {
    int index = 0;  // position in the record
    ImportField field = ImportField::Ignore;
    QString header; // as found, for messages
};

// Turns the records below a header into systems: reads each mapped cell by its field's
// kind, resolves people and vendors through the directory, and records every problem
// both on the system (importNotes) and in the issue list. Never drops a record.
// Not thread-safe; one per import.
class ImportRecordMapper {
public:
    ImportRecordMapper(const ImportProfile &profile, const QList<ImportColumnPlan> &columns,
                       qsizetype headerWidth, const QString &displayName,
                       ImportDirectory &directory);

    AiSystem map(const CsvRecord &record, QList<ImportIssue> &issues);

private:
    struct Context;
    void readCell(Context &context, const ImportColumnPlan &column, QStringView cell,
                  qsizetype position);
    void finishPeople(Context &context);
    void finishVendor(Context &context);
    void finishIdentity(Context &context);
    void addIssue(Context &context, ImportField field, QStringView raw, const QString &message);
    struct Choice {
        bool blank = false;
        std::optional<int> value; // nullopt: the text does not map
    };
    // The memoised reading of a choice or text cell (see ImportCellCache).
    Choice choiceCell(qsizetype position, ImportField field, QStringView text);
    QString textCell(qsizetype position, QStringView text);

    const ImportProfile &m_profile;
    QList<ImportColumnPlan> m_columns; // the reference column first
    qsizetype m_headerWidth = 0;
    QString m_displayName;
    ImportDirectory &m_directory;
    std::vector<ImportCellCache<Choice>> m_choiceCache; // per column
    std::vector<ImportCellCache<QString>> m_textCache;  // per column
    QHash<QString, int> m_referenceLines; // folded reference -> first line
};

} // namespace charter
