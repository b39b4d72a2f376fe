// libFuzzer target: the journey JSON of DESIGN.md §7 from its bytes.
//
// Beyond "no crash": a document the importer accepts passes the model's own
// checks, and it survives a round trip (export, import, export gives the
// same bytes), which is what `waymark export` then `waymark import` relies on.

#include "fuzzcommon.h"

#include "formats/jsonexport.h"
#include "formats/jsonimport.h"
#include "model/validate.h"
#include "model/workspace.h"

using namespace waymark;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Workspace ws;
    QStringList warnings;
    QString error;
    if (!readJson(fuzz::bytes(data, size), &ws, &warnings, &error)) {
        if (error.isEmpty())
            fuzz::fail("readJson failed without a reason");
        return 0;
    }
    for (const Journey &journey : std::as_const(ws.journeys)) {
        if (const QString problem = validateJourney(ws, journey); !problem.isEmpty())
            fuzz::fail("readJson accepted an invalid journey:", problem);
    }
    const QByteArray first = exportJson(ws);
    Workspace back;
    if (!readJson(first, &back, &warnings, &error))
        fuzz::fail("exported JSON does not read back:", error);
    if (exportJson(back) != first)
        fuzz::fail("JSON round trip changed the document");
    return 0;
}
