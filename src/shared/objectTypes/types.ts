// The shapes of the object-type mapping preview ("Test Mapping with Sample…", issue 11). Pure: shared by the
// extension (the preview view) and, later, the sandbox's ingestion. Wire member names where they come from
// the API (Fields, Keys, StandardIdentifiers, FieldNames, AllowProfileCreation).

export type ContentType = 'STRING' | 'NUMBER' | 'PHONE_NUMBER' | 'EMAIL_ADDRESS' | 'NAME';

/** An ObjectTypeField as GetProfileObjectType returns it. */
export interface ObjectTypeFieldDef {
  readonly Source?: string;
  readonly Target?: string;
  readonly ContentType?: string;
}

/** An ObjectTypeKey as GetProfileObjectType returns it. */
export interface ObjectTypeKeyDef {
  readonly StandardIdentifiers?: readonly string[];
  readonly FieldNames?: readonly string[];
}

/** The mapping-relevant part of a GetProfileObjectType answer (a PutProfileObjectType request fits too). */
export interface ObjectTypeDefinition {
  readonly ObjectTypeName?: string;
  readonly TemplateId?: string;
  /** Boolean on the wire; the reference's GetProfileObjectType example shows "FALSE", so strings are read too. */
  readonly AllowProfileCreation?: boolean | string;
  readonly SourceLastUpdatedTimestampFormat?: string;
  readonly Fields?: Readonly<Record<string, ObjectTypeFieldDef>>;
  readonly Keys?: Readonly<Record<string, readonly ObjectTypeKeyDef[]>>;
}

/** Where a field's Target points. */
export type TargetKind =
  | 'standard' // _profile.FirstName, _profile.EmailAddress, …
  | 'address' // _profile.Address.City, _profile.ShippingAddress.PostalCode, …
  | 'attribute' // _profile.Attributes.<name> (custom attribute)
  | 'object' // not under _profile (e.g. _ctr.ContactId, _asset.*): kept on the object, fills no profile attribute
  | 'invalid'; // under _profile but not a member of the standard profile, or no Target

/** What one source value became. */
export type FieldStatus =
  | 'written' // a scalar value the profile (or the object) receives
  | 'missing' // the path is not in the sample
  | 'null' // present but null: nothing is written
  | 'empty' // an empty (or all-blank) string: nothing is written
  | 'notScalar'; // an object or an array: not written (see sourcePath.ts)

export interface FieldPreview {
  /** The Fields map's name for this field (what Keys' FieldNames refer to). */
  readonly fieldName: string;
  readonly source: string;
  readonly target: string;
  readonly targetKind: TargetKind;
  /** The profile member it fills, e.g. `FirstName`, `Address.City`, `Attributes.loyaltypoints`; undefined for object/invalid targets. */
  readonly profileAttribute?: string;
  readonly contentType: ContentType;
  readonly status: FieldStatus;
  /** The text that would be written (the source value as the service stores it: see contentTypes.ts). */
  readonly value?: string;
  /** The form the ContentType compares it in when searching (see contentTypes.ts). */
  readonly comparedAs?: string;
  /** Why the value or the field definition looks wrong (a NUMBER that is not numeric, an unknown target, …). */
  readonly problems: readonly string[];
}

export interface KeyPreview {
  readonly keyName: string;
  readonly standardIdentifiers: readonly string[];
  readonly fieldNames: readonly string[];
  /** The key's value, when every FieldName has a written value (several fields join with '_', as the sandbox does). */
  readonly value?: string;
  /** FieldNames without a value in the sample (or not defined in Fields). */
  readonly missingFields: readonly string[];
  /** What the identifiers mean for this key, in the reference's words. */
  readonly meaning: readonly string[];
  /** Whether the key is stored on the profile when the object attaches to an existing one / creates one. */
  readonly storedOnAttach: boolean;
  readonly storedOnCreate: boolean;
  readonly problems: readonly string[];
}

/** One SearchProfiles the extension runs to decide attach-vs-create (in the order the service searches). */
export interface ProfileSearch {
  readonly keyName: string;
  readonly value: string;
  /** SECONDARY keys are searched after all other PROFILE keys. */
  readonly secondary: boolean;
}

export interface CreationPreview {
  /** AllowProfileCreation as read (default FALSE). */
  readonly allowProfileCreation: boolean;
  /** One of: attach only / attach or create / always create (no key to search with) / cannot attach. */
  readonly outcome: 'attachOnly' | 'attachOrCreate' | 'createOnly' | 'noProfile';
  readonly explanation: string;
}

export interface MappingPreview {
  readonly objectTypeName?: string;
  readonly fields: readonly FieldPreview[];
  readonly keys: readonly KeyPreview[];
  /** The UNIQUE key's value: a second PutProfileObject with the same value replaces this object. */
  readonly uniqueKey?: { readonly keyName: string; readonly value: string };
  readonly searches: readonly ProfileSearch[];
  readonly creation: CreationPreview;
  /** Sample paths (dotted) that no field's Source reads. */
  readonly unmappedSourcePaths: readonly string[];
  /** Field sources the sample does not have (`_source.…` as written in the object type). */
  readonly missingSourcePaths: readonly string[];
  readonly sourceLastUpdatedTimestampFormat?: string;
  /** Problems with the sample or the object type as a whole (a non-object sample, two UNIQUE keys, …). */
  readonly problems: readonly string[];
}
