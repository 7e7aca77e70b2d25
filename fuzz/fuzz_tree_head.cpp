// Tree heads (core/audit/TreeHead.h) as users paste them into `verify --since`: JSON or
// text form, any bytes. A parsed head must print and parse back to itself in both forms.
#include "FuzzSupport.h"

#include "audit/TreeHead.h"

using namespace Qt::StringLiterals;
using namespace charter;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text = fuzz::bytes(data, size);
    Result<TreeHead> head = parseTreeHead(QByteArrayView(text), u"fuzz"_s);
    if (!head) {
        CHARTER_FUZZ_REQUIRE(head.error().code == ErrorCode::InvalidInput);
        CHARTER_FUZZ_REQUIRE(head.error().message.contains(u"fuzz"_s)); // names the source
        return 0;
    }
    Result<TreeHead> fromJson = parseTreeHead(head->toJsonText(), u"json"_s);
    CHARTER_FUZZ_REQUIRE(fromJson.ok());
    CHARTER_FUZZ_REQUIRE(*fromJson == *head);
    Result<TreeHead> fromText = parseTreeHead(head->toText().toUtf8(), u"text"_s);
    CHARTER_FUZZ_REQUIRE(fromText.ok());
    CHARTER_FUZZ_REQUIRE(*fromText == *head);
    return 0;
}
