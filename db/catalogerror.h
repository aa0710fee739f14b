// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <stdexcept>

namespace tco::db {

/** A catalog operation that could not be done; the message names the file and the problem. */
class CatalogError : public std::runtime_error
{
public:
    explicit CatalogError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

} // namespace tco::db
