// The audit tree state Charter keeps in charter_meta (core/audit/AuditTreeState.h):
// read from the database file, so a damaged or edited file can hold any bytes there.
// An accepted state must store and read back to itself.
#include "FuzzSupport.h"

#include "audit/AuditTreeState.h"

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
    Result<AuditTreeState> state = AuditTreeState::fromStoredText(QByteArrayView(text));
    if (!state) {
        CHARTER_FUZZ_REQUIRE(!state.error().message.isEmpty());
        return 0;
    }
    const QByteArray stored = state->toStoredText();
    Result<AuditTreeState> again = AuditTreeState::fromStoredText(QByteArrayView(stored));
    CHARTER_FUZZ_REQUIRE(again.ok());
    CHARTER_FUZZ_REQUIRE(again->toStoredText() == stored);
    CHARTER_FUZZ_REQUIRE(again->head == state->head);
    return 0;
}
