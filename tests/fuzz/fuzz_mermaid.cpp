// libFuzzer target: a Mermaid journey diagram from its bytes to a journey.
//
// Beyond "no crash": what the reader accepts must become a journey that
// passes the model's own checks, and writing that journey back as Mermaid
// must read again with the same number of cards.

#include "fuzzcommon.h"

#include "formats/mermaidexport.h"
#include "formats/mermaidimport.h"
#include "model/validate.h"
#include "model/workspace.h"

using namespace waymark;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    Workspace ws;
    QStringList warnings;
    QString error;
    if (!readMermaid(input, QStringLiteral("Fuzzed"), &ws, &warnings, &error)) {
        if (error.isEmpty())
            fuzz::fail("readMermaid failed without a reason");
        return 0;
    }
    if (ws.journeys.size() != 1)
        fuzz::fail("readMermaid: not one journey");
    const Journey &journey = ws.journeys.first();
    if (const QString problem = validateJourney(ws, journey); !problem.isEmpty())
        fuzz::fail("readMermaid made an invalid journey:", problem);

    const QByteArray again = exportMermaid(ws, journey);
    Workspace back;
    if (!readMermaid(again, QStringLiteral("Fuzzed"), &back, &warnings, &error))
        fuzz::fail("exported Mermaid does not read back:",
                   error + QLatin1Char('\n') + QString::fromUtf8(again));
    if (back.journeys.size() != 1 || back.journeys.first().steps.size() != journey.steps.size())
        fuzz::fail("exported Mermaid reads back with other cards");
    return 0;
}
