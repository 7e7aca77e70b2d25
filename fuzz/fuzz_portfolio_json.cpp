// The JSON portfolio reader on arbitrary bytes. Whatever it accepts must write back and
// read again to the same bytes (PortfolioJson.h: "Writing what readPortfolio() returned
// gives the same bytes again"); whatever it refuses, it refuses with a message.
#include "FuzzSupport.h"

#include "interchange/PortfolioJson.h"

using namespace Qt::StringLiterals;
using namespace charter;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Result<Portfolio> portfolio = readPortfolio(fuzz::bytes(data, size), u"fuzz.json"_s);
    if (!portfolio) {
        CHARTER_FUZZ_REQUIRE(portfolio.error().code == ErrorCode::InvalidInput);
        CHARTER_FUZZ_REQUIRE(!portfolio.error().message.isEmpty());
        return 0;
    }
    const QByteArray written = writePortfolio(*portfolio);
    Result<Portfolio> again = readPortfolio(written, u"rewritten.json"_s);
    CHARTER_FUZZ_REQUIRE(again.ok());
    CHARTER_FUZZ_REQUIRE(writePortfolio(*again) == written);
    return 0;
}
