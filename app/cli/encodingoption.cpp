#include "encodingoption.h"

#include "cli.h"
#include "options.h"

#include <QCoreApplication>

namespace waymark::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

} // namespace

void addEncodingOption(Options &o)
{
    o.value(QStringLiteral("encoding"), QStringLiteral("ENCODING"),
            tr("auto, utf-8, utf-16le, utf-16be, windows-1251 or windows-1252 (default: auto: "
               "the byte order mark, else UTF-8, else the likelier Windows code page)"));
}

bool encodingOption(const Options &o, std::optional<TextEncoding> *encoding, int *exit)
{
    encoding->reset();
    const QString text = o.get(QStringLiteral("encoding"));
    if (text.isEmpty() || text == u"auto")
        return true;
    *encoding = encodingFromName(text);
    if (*encoding)
        return true;
    *exit = usageError(o.command(), tr("unknown encoding \"%1\"; use auto, utf-8, utf-16le, "
                                       "utf-16be, windows-1251 or windows-1252")
                                            .arg(text));
    return false;
}

QString encodingNote(TextEncoding encoding, bool forced)
{
    if (encoding != TextEncoding::Windows1251 && encoding != TextEncoding::Windows1252)
        return {};
    return forced ? tr("Read as %1 (--encoding).\n").arg(encodingName(encoding))
                  : tr("Read as %1: the file is not UTF-8 text (--encoding overrides).\n")
                            .arg(encodingName(encoding));
}

} // namespace waymark::cli
