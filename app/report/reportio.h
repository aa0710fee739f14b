// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace tco::report {

/**
 * Writes @p data to @p path atomically: a temporary file next to it (QSaveFile) renamed into
 * place, so a reader never sees a half-written file and a failure leaves the old file as it was.
 * Returns false with @p error ("cannot write PATH: reason") set when given.
 */
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error = nullptr);

} // namespace tco::report
