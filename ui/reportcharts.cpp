// SPDX-License-Identifier: MIT
#include "reportcharts.h"

#include "charts/apicostchart.h"
#include "charts/costbreakdownchart.h"
#include "charts/cumulativetcochart.h"

#include <QApplication>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPaintDevice>
#include <QPainter>

#include <memory>

namespace tco::ui {

bool paintReportChart(const engine::Result &result, const report::ChartRequest &request, QPainter &painter)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()) || request.target.isEmpty() || !painter.device())
        return false;
    std::unique_ptr<ResultChartView> view;
    switch (request.kind) {
    case report::ChartKind::CumulativeTco:
        view = std::make_unique<CumulativeTcoChart>();
        break;
    case report::ChartKind::CostBreakdown:
        view = std::make_unique<CostBreakdownChart>();
        break;
    case report::ChartKind::ApiCost:
        view = std::make_unique<ApiCostChart>();
        break;
    }
    if (!view)
        return false;
    view->setAttribute(Qt::WA_DontShowOnScreen);
    QPalette print = view->palette();
    for (const QPalette::ColorRole role : { QPalette::Window, QPalette::Base, QPalette::Button })
        print.setColor(role, Qt::white);
    for (const QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        print.setColor(role, QColor(0x1a, 0x1a, 0x1a));
    view->setPalette(print); // the chart theme follows the palette
    view->setFont(request.font);
    view->setLocale(request.locale);
    view->showResult(result, -1);

    QChart *chart = view->chart();
    QGraphicsScene *scene = chart->scene();
    if (!scene)
        return false;
    chart->setLocale(request.locale);
    chart->setTitle(QString());
    // Lay the scene out in screen pixels at the target's physical size: fonts keep their point size.
    const double scale = view->logicalDpiX() / double(painter.device()->logicalDpiX());
    const QSizeF size = request.target.size() * scale;
    chart->setPos(0.0, 0.0);
    chart->resize(size);
    if (QGraphicsLayout *layout = chart->layout())
        layout->activate();
    const QRectF source(QPointF(0.0, 0.0), size);
    scene->setSceneRect(source);
    scene->render(&painter, request.target, source, Qt::KeepAspectRatio);
    return true;
}

report::ChartPainter reportChartPainter()
{
    return &paintReportChart;
}

} // namespace tco::ui
