#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace waymark {

// UI languages shipped with Waymark: "en", "ru", "zh_CN".
QStringList availableLanguages();
// The language from the preferences, else the system locale's, else English.
QString preferredLanguage();
void setPreferredLanguage(const QString &language);
// Loads Waymark's (and Qt's) translations for `language`, replacing earlier ones.
bool installTranslations(QCoreApplication *app, const QString &language);
// Loads one .qm file instead (the pseudo-localization test's), with the same
// lookup of helper contexts; false when it cannot be read.
bool installTranslationFile(QCoreApplication *app, const QString &qmPath);

// The contexts core's and the CLI's translate helpers use, and the C++ scopes
// lupdate files their messages under (see i18n.cpp); for the tests.
QStringList helperContexts();
QStringList scopeContexts();

} // namespace waymark
