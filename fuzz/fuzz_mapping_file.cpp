// Mapping files (docs/mapping-file.md) on arbitrary bytes, standing alone and on top of
// the omb-2025 profile. An accepted mapping must answer header and value look-ups.
#include "FuzzSupport.h"

#include "interchange/ImportProfile.h"

using namespace Qt::StringLiterals;
using namespace charter;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = fuzz::bytes(data, size);
    for (const QString &base : {QString(), u"omb-2025"_s}) {
        Result<ImportProfile> profile = ImportProfile::fromMapping(json, u"fuzz-mapping.json"_s, base);
        if (!profile) {
            CHARTER_FUZZ_REQUIRE(profile.error().code == ErrorCode::InvalidInput);
            CHARTER_FUZZ_REQUIRE(!profile.error().message.isEmpty());
            continue;
        }
        // Look-ups with text taken from the input itself, so the fuzzer can line them up.
        const QString text = QString::fromUtf8(json.left(64));
        (void)profile->matchHeader(text);
        (void)profile->matchHeader(u"Name"_s);
        for (const ImportFieldInfo &info : importFields()) {
            (void)profile->aliases(info.field);
            if (isChoiceKind(info.kind) && !text.trimmed().isEmpty())
                (void)profile->mapChoice(info.field, text);
        }
    }
    return 0;
}
