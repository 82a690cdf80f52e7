/* ch-entity.c
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-entity"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ch-entity-private.h"

typedef struct
{
  char   *id;
  gint64  modified;
} ChEntityPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (ChEntity, ch_entity, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ch_entity_finalize (GObject *object)
{
  ChEntity *self = (ChEntity *)object;
  ChEntityPrivate *priv = ch_entity_get_instance_private (self);

  g_clear_pointer (&priv->id, g_free);

  G_OBJECT_CLASS (ch_entity_parent_class)->finalize (object);
}

static void
ch_entity_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  ChEntity *self = CH_ENTITY (object);
  ChEntityPrivate *priv = ch_entity_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, priv->id);
      break;

    case PROP_MODIFIED:
      g_value_set_int64 (value, priv->modified);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_entity_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  ChEntity *self = CH_ENTITY (object);
  ChEntityPrivate *priv = ch_entity_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID:
      g_assert (priv->id == NULL);
      priv->id = g_value_dup_string (value);
      if (priv->id == NULL)
        priv->id = ch_uuid_new ();
      break;

    case PROP_MODIFIED:
      ch_entity_set_modified (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_entity_class_init (ChEntityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ch_entity_finalize;
  object_class->get_property = ch_entity_get_property;
  object_class->set_property = ch_entity_set_property;

  /* A UUID that stays with the entity across exports and machines; a new
   * one is made when none is given. */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  /* Seconds since the epoch, UTC. */
  properties[PROP_MODIFIED] =
    g_param_spec_int64 ("modified", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE |
                         G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ch_entity_init (ChEntity *self)
{
}

const char *
ch_entity_get_id (ChEntity *self)
{
  ChEntityPrivate *priv = ch_entity_get_instance_private (self);

  g_return_val_if_fail (CH_IS_ENTITY (self), NULL);

  return priv->id;
}

gint64
ch_entity_get_modified (ChEntity *self)
{
  ChEntityPrivate *priv = ch_entity_get_instance_private (self);

  g_return_val_if_fail (CH_IS_ENTITY (self), 0);

  return priv->modified;
}

void
ch_entity_set_modified (ChEntity *self,
                        gint64    modified)
{
  ChEntityPrivate *priv = ch_entity_get_instance_private (self);

  g_return_if_fail (CH_IS_ENTITY (self));

  if (priv->modified != modified)
    {
      priv->modified = modified;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
    }
}

/**
 * ch_entity_copy:
 *
 * Makes a new, unshared entity of the same type with the same id and the
 * same value in every property: what the undo stack keeps of an entity.
 */
ChEntity *
ch_entity_copy (ChEntity *self)
{
  g_autofree GParamSpec **pspecs = NULL;
  g_autofree const char **names = NULL;
  g_autofree GValue *values = NULL;
  guint n_pspecs;
  guint n = 0;
  ChEntity *copy;

  g_return_val_if_fail (CH_IS_ENTITY (self), NULL);

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (self), &n_pspecs);
  names = g_new0 (const char *, n_pspecs);
  values = g_new0 (GValue, n_pspecs);

  for (guint i = 0; i < n_pspecs; i++)
    {
      GParamSpec *pspec = pspecs[i];

      if ((pspec->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE)
        continue;

      names[n] = pspec->name;
      g_value_init (&values[n], pspec->value_type);
      g_object_get_property (G_OBJECT (self), pspec->name, &values[n]);
      n++;
    }

  copy = CH_ENTITY (g_object_new_with_properties (G_OBJECT_TYPE (self), n, names, values));

  for (guint i = 0; i < n; i++)
    g_value_unset (&values[i]);

  return copy;
}

/**
 * ch_uuid_new:
 *
 * Returns: a new random (version 4) UUID, lower-case, 36 characters.
 */
char *
ch_uuid_new (void)
{
  return g_uuid_string_random ();
}

/**
 * ch_uuid_is_valid:
 *
 * Whether @text is an id the workshop format accepts: an RFC 4122 UUID
 * written in lower case.
 */
gboolean
ch_uuid_is_valid (const char *text)
{
  if (text == NULL || !g_uuid_string_is_valid (text))
    return FALSE;

  for (const char *p = text; *p; p++)
    if (g_ascii_isupper (*p))
      return FALSE;

  return TRUE;
}

void
ch_entity_take_string (ChEntity    *self,
                       char       **field,
                       const char  *value,
                       gboolean     optional,
                       GParamSpec  *pspec)
{
  if (optional && value != NULL && value[0] == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

void
ch_entity_take_strv (ChEntity            *self,
                     char              ***field,
                     const char * const  *value,
                     GParamSpec          *pspec)
{
  const char * const empty[] = { NULL };

  if (value != NULL && value[0] == NULL)
    value = NULL;

  if (g_strv_equal ((const char * const *)(*field ? *field : (char **)empty),
                    value ? value : empty))
    return;

  g_strfreev (*field);
  *field = g_strdupv ((char **)value);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

void
ch_entity_take_int (ChEntity   *self,
                    int        *field,
                    int         value,
                    GParamSpec *pspec)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}
