#include "layout/fontfallback.h"

#include <QFont>
#include <QStringList>

namespace waymark {

void applyTextFallback(QFont *font)
{
    QStringList families = font->families();
    if (families.isEmpty())
        families.append(font->family());
    for (const QString &fallback :
         {QStringLiteral("Symbola"), QStringLiteral("WenQuanYi Micro Hei")}) {
        if (!families.contains(fallback))
            families.append(fallback);
    }
    font->setFamilies(families);
    font->setStyleStrategy(QFont::StyleStrategy(font->styleStrategy() | QFont::PreferNoShaping));
}

} // namespace waymark
