#include "document/document.h"
#include <QQuickItem>
