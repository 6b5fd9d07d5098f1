#pragma once

#include "DatasetReader.h"
#include "Store.h"

#include <QDialog>

class QDialogButtonBox;
class QRadioButton;

// File > Import dataset…: what the file holds and what importing it would change (the
// periods and metrics of the new figures and of those stored with another value), every
// error in a table of line, column and message that can be copied, and for figures that
// already exist with another value, the choice to replace or keep them. Nothing is
// written until Import.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    // `preview` is a dry run of the import (policy Keep) when the file read cleanly;
    // `stored` the figures the database holds, to tell the new ones from those stored.
    ImportDialog(const QString &path, const DatasetReader::Result &read,
                 const Store::ImportReport &preview, const QList<Fact> &stored,
                 QWidget *parent = nullptr);

    Store::ConflictPolicy policy() const;

private:
    void addErrors(const DatasetReader::Result &read);
    void addPreview(const DatasetReader::Result &read, const Store::ImportReport &preview,
                    const QList<Fact> &stored);

    QRadioButton *m_replace = nullptr;
    QRadioButton *m_keep = nullptr;
    QDialogButtonBox *m_buttons;
};
