#include "render/exportoptions.h"

#include <QLocale>

#include <array>

namespace waymark {

namespace {

// The default locale follows the chosen language (installTranslations). Some
// short formats have a two-digit year ("12/4/26"), ambiguous on a wall.
QString withFullYear(QString format)
{
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy"));
    return format;
}

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

QString printedDate(QDate date)
{
    const QLocale locale;
    return locale.toString(date, withFullYear(locale.dateFormat(QLocale::ShortFormat)));
}

QString printedDateTime(const QDateTime &when)
{
    const QLocale locale;
    return locale.toString(when.toLocalTime(),
                           withFullYear(locale.dateTimeFormat(QLocale::ShortFormat)));
}

} // namespace waymark
