#include "keynames.h"

#include <QKeySequence>

namespace waymark {

QString KeyNames::text(const QVariant &shortcut) const
{
    if (!shortcut.isValid() || shortcut.isNull())
        return {};
    QKeySequence keys;
    if (shortcut.typeId() == QMetaType::QString)
        keys = QKeySequence(shortcut.toString());
    else if (shortcut.canConvert<int>())
        keys = QKeySequence(QKeySequence::StandardKey(shortcut.toInt()));
    else
        keys = shortcut.value<QKeySequence>();
    return keys.toString(QKeySequence::NativeText);
}

} // namespace waymark
