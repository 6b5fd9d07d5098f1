#pragma once

#include "DatasetReader.h"
#include "Store.h"

#include <QDialog>

class QDialogButtonBox;
class QRadioButton;

// File > Import dataset…: what the file holds and what importing it would change,
// every error with its file, line and column, and for figures that already exist with
// another value, the choice to replace or keep them. Nothing is written until Import.
class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    // `preview` is a dry run of the import (policy Keep) when the file read cleanly.
    ImportDialog(const QString &path, const DatasetReader::Result &read,
                 const Store::ImportReport &preview, QWidget *parent = nullptr);

    Store::ConflictPolicy policy() const;

private:
    QRadioButton *m_replace = nullptr;
    QRadioButton *m_keep = nullptr;
    QDialogButtonBox *m_buttons;
};
