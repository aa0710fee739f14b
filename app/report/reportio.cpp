// SPDX-License-Identifier: MIT
#include "reportio.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace tco::report {

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace tco::report
