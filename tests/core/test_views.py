"""The views handed to the UI and the exports carry exactly the columns of their rows."""

from __future__ import annotations

import dataclasses

from sqlalchemy import inspect

from opgroei_desktop.core import models, views


def test_every_view_has_the_columns_of_its_model():
    """If this fails, a new column is stored but never reaches a screen or a document: add it
    to the view in core/views.py."""
    for model, view in views._VIEWS.items():
        columns = [attribute.key for attribute in inspect(model).column_attrs]
        fields = [field.name for field in dataclasses.fields(view)]
        assert sorted(fields) == sorted(columns), f"{view.__name__} differs from {model.__name__}"


def test_every_kind_of_record_has_a_view():
    """If this fails, a service cannot hand a snapshot of a new kind of row to the UI."""
    records = {
        mapper.class_ for mapper in models.Base.registry.mappers if "deleted_at" in mapper.columns
    }
    missing = sorted(model.__name__ for model in records - set(views._VIEWS))
    assert not missing, f"no view for {missing}: add one to core/views.py"
