// Spreadsheet (CSV) import on arbitrary bytes: with the omb-2025 profile, the charter
// profile, and the profile detected from the header in strict mode. Any input must end
// in a value or an InvalidInput error, never a crash, hang or sanitizer report; an
// import that succeeds must describe itself in a report.
#include "FuzzSupport.h"

#include "interchange/SpreadsheetImporter.h"

using namespace Qt::StringLiterals;
using namespace charter;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray content = fuzz::bytes(data, size);
    const ImportOptions variants[] = {
        ImportOptions{u"omb-2025"_s, QString(), false},
        ImportOptions{u"charter"_s, QString(), false},
        ImportOptions{QString(), QString(), true},
    };
    for (const ImportOptions &options : variants) {
        Result<SpreadsheetImport> result = importSpreadsheet(content, u"fuzz.csv"_s, options);
        if (result) {
            (void)result->report.toText();
            CHARTER_FUZZ_REQUIRE(result->portfolio.systems.size() >= 0);
        } else {
            CHARTER_FUZZ_REQUIRE(result.error().code == ErrorCode::InvalidInput);
            CHARTER_FUZZ_REQUIRE(!result.error().message.isEmpty());
        }
    }
    return 0;
}
