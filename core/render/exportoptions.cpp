#include "render/exportoptions.h"

#include <array>

namespace waymark {

namespace {

struct FormatName
{
    PageFormat format;
    const char16_t *name;
};

constexpr std::array kFormats{
        FormatName{PageFormat::A4, u"A4"},   FormatName{PageFormat::A3, u"A3"},
        FormatName{PageFormat::A2, u"A2"},   FormatName{PageFormat::Letter, u"Letter"},
        FormatName{PageFormat::Fit, u"fit"},
};

} // namespace

std::optional<PageFormat> pageFormatFromName(QStringView name)
{
    for (const FormatName &f : kFormats) {
        if (name.compare(QStringView(f.name), Qt::CaseInsensitive) == 0)
            return f.format;
    }
    return std::nullopt;
}

QString pageFormatName(PageFormat format)
{
    for (const FormatName &f : kFormats) {
        if (f.format == format)
            return QString::fromUtf16(f.name);
    }
    return {};
}

QString pageFormatNames()
{
    QString out;
    for (const FormatName &f : kFormats) {
        if (!out.isEmpty())
            out += u", ";
        out += QString::fromUtf16(f.name);
    }
    return out;
}

} // namespace waymark
