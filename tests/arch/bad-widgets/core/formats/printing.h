#include "model/workspace.h"
#include <QPrintDialog>
