// Profile object type templates (ListProfileObjectTypeTemplates / GetProfileObjectTypeTemplate), shaped
// like the service's: source-object fields mapped onto the standard profile, and keys that identify the
// profile (PROFILE) or the object (UNIQUE). The Amazon Connect ones (CTR, CTR-NoInferred) follow what the
// reference says of them; field lists are our reconstruction (see the comment above them).
export interface TemplateField { Source: string; Target: string; ContentType: 'STRING' | 'NUMBER' | 'PHONE_NUMBER' | 'EMAIL_ADDRESS' | 'NAME' }
export interface TemplateKey { StandardIdentifiers: string[]; FieldNames: string[] }

export interface ObjectTypeTemplate {
  TemplateId: string;
  SourceName: string;
  SourceObject: string;
  AllowProfileCreation: boolean;
  SourceLastUpdatedTimestampFormat?: string;
  Fields: Record<string, TemplateField>;
  Keys: Record<string, TemplateKey[]>;
}

const f = (source: string, target: string, ContentType: TemplateField['ContentType'] = 'STRING'): TemplateField => ({
  Source: `_source.${source}`, Target: target, ContentType,
});
const key = (fieldNames: string[], ...ids: string[]): TemplateKey[] => [{ StandardIdentifiers: ids, FieldNames: fieldNames }];

/**
 * Amazon Connect contact records. What the reference states: a Contact Record that maps to no existing
 * profile creates an "inferred profile" that "will only have a phone number populated", and later records
 * with the same phone map to it (PutProfileObject); `CTR-NoInferred` "associates Contact Records with
 * already existing profiles with the same phone number" (PutProfileObjectType Example 2.5), i.e. the same
 * mapping without profile creation. Guessed (not in the reference): SourceName/SourceObject, the timestamp
 * format, the source field names, taken from the Amazon Connect contact record (ContactId,
 * CustomerEndpoint.Address, Channel, ...), and the `_ctr.*` targets of the fields that stay on the object. Only the phone reaches the standard profile, as the reference says.
 */
function connectCtr(TemplateId: string, AllowProfileCreation: boolean): ObjectTypeTemplate {
  return {
    TemplateId,
    SourceName: 'Amazon-Connect',
    SourceObject: 'ContactRecord',
    AllowProfileCreation,
    SourceLastUpdatedTimestampFormat: "yyyy-MM-dd'T'HH:mm:ss'Z'",
    Fields: {
      ContactId: f('ContactId', '_ctr.ContactId'),
      CustomerPhone: f('CustomerEndpoint.Address', '_profile.PhoneNumber', 'PHONE_NUMBER'),
      Channel: f('Channel', '_ctr.Channel'),
      InitiationMethod: f('InitiationMethod', '_ctr.InitiationMethod'),
      InitiationTimestamp: f('InitiationTimestamp', '_ctr.InitiationTimestamp'),
      DisconnectTimestamp: f('DisconnectTimestamp', '_ctr.DisconnectTimestamp'),
      QueueName: f('Queue.Name', '_ctr.QueueName'),
      AgentUsername: f('Agent.Username', '_ctr.AgentUsername'),
    },
    Keys: {
      _ctrContactId: key(['ContactId'], 'UNIQUE'),
      _phone: key(['CustomerPhone'], 'PROFILE'),
    },
  };
}

export const TEMPLATES: readonly ObjectTypeTemplate[] = [
  connectCtr('CTR', true),
  connectCtr('CTR-NoInferred', false),
  {
    TemplateId: 'Salesforce-Account',
    SourceName: 'Salesforce',
    SourceObject: 'Account',
    AllowProfileCreation: true,
    SourceLastUpdatedTimestampFormat: "yyyy-MM-dd'T'HH:mm:ss.SSSZ",
    Fields: {
      Id: f('Id', '_profile.Attributes.SalesforceAccountId'),
      AccountNumber: f('AccountNumber', '_profile.AccountNumber'),
      Name: f('Name', '_profile.BusinessName', 'NAME'),
      Phone: f('Phone', '_profile.BusinessPhoneNumber', 'PHONE_NUMBER'),
      BillingStreet: f('BillingStreet', '_profile.BillingAddress.Address1'),
      BillingCity: f('BillingCity', '_profile.BillingAddress.City'),
      BillingState: f('BillingState', '_profile.BillingAddress.State'),
      BillingPostalCode: f('BillingPostalCode', '_profile.BillingAddress.PostalCode'),
      BillingCountry: f('BillingCountry', '_profile.BillingAddress.Country'),
    },
    Keys: {
      _salesforceAccountId: key(['Id'], 'PROFILE', 'UNIQUE'),
      _account: key(['AccountNumber'], 'PROFILE'),
    },
  },
  {
    TemplateId: 'Salesforce-Contact',
    SourceName: 'Salesforce',
    SourceObject: 'Contact',
    AllowProfileCreation: true,
    SourceLastUpdatedTimestampFormat: "yyyy-MM-dd'T'HH:mm:ss.SSSZ",
    Fields: {
      Id: f('Id', '_profile.Attributes.SalesforceContactId'),
      AccountId: f('AccountId', '_profile.Attributes.SalesforceAccountId'),
      FirstName: f('FirstName', '_profile.FirstName', 'NAME'),
      LastName: f('LastName', '_profile.LastName', 'NAME'),
      Email: f('Email', '_profile.EmailAddress', 'EMAIL_ADDRESS'),
      Phone: f('Phone', '_profile.PhoneNumber', 'PHONE_NUMBER'),
      MobilePhone: f('MobilePhone', '_profile.MobilePhoneNumber', 'PHONE_NUMBER'),
      Birthdate: f('Birthdate', '_profile.BirthDate'),
      MailingStreet: f('MailingStreet', '_profile.MailingAddress.Address1'),
      MailingCity: f('MailingCity', '_profile.MailingAddress.City'),
      MailingState: f('MailingState', '_profile.MailingAddress.State'),
      MailingPostalCode: f('MailingPostalCode', '_profile.MailingAddress.PostalCode'),
      MailingCountry: f('MailingCountry', '_profile.MailingAddress.Country'),
    },
    Keys: {
      _salesforceContactId: key(['Id'], 'PROFILE', 'UNIQUE'),
      _salesforceAccountId: key(['AccountId'], 'LOOKUP_ONLY'),
      _email: key(['Email'], 'PROFILE'),
    },
  },
  {
    TemplateId: 'Zendesk-users',
    SourceName: 'Zendesk',
    SourceObject: 'users',
    AllowProfileCreation: true,
    Fields: {
      id: f('id', '_profile.Attributes.ZendeskUserId', 'NUMBER'),
      external_id: f('external_id', '_profile.AccountNumber'),
      name: f('name', '_profile.FirstName', 'NAME'),
      email: f('email', '_profile.EmailAddress', 'EMAIL_ADDRESS'),
      phone: f('phone', '_profile.PhoneNumber', 'PHONE_NUMBER'),
      organization_id: f('organization_id', '_profile.Attributes.ZendeskOrganizationId', 'NUMBER'),
    },
    Keys: {
      _zendeskUserId: key(['id'], 'PROFILE', 'UNIQUE'),
      _zendeskExternalId: key(['external_id'], 'PROFILE'),
      _email: key(['email'], 'PROFILE'),
    },
  },
  {
    TemplateId: 'Shopify-customers',
    SourceName: 'Shopify',
    SourceObject: 'customers',
    AllowProfileCreation: true,
    SourceLastUpdatedTimestampFormat: "yyyy-MM-dd'T'HH:mm:ssXXX",
    Fields: {
      id: f('id', '_profile.Attributes.ShopifyCustomerId', 'NUMBER'),
      first_name: f('first_name', '_profile.FirstName', 'NAME'),
      last_name: f('last_name', '_profile.LastName', 'NAME'),
      email: f('email', '_profile.PersonalEmailAddress', 'EMAIL_ADDRESS'),
      phone: f('phone', '_profile.MobilePhoneNumber', 'PHONE_NUMBER'),
      'default_address.address1': f('default_address.address1', '_profile.ShippingAddress.Address1'),
      'default_address.city': f('default_address.city', '_profile.ShippingAddress.City'),
      'default_address.province': f('default_address.province', '_profile.ShippingAddress.Province'),
      'default_address.zip': f('default_address.zip', '_profile.ShippingAddress.PostalCode'),
      'default_address.country': f('default_address.country', '_profile.ShippingAddress.Country'),
    },
    Keys: {
      _shopifyCustomerId: key(['id'], 'PROFILE', 'UNIQUE'),
      _email: key(['email'], 'PROFILE'),
      _phone: key(['phone'], 'PROFILE'),
    },
  },
];

export const findTemplate = (id: string): ObjectTypeTemplate | undefined => TEMPLATES.find((t) => t.TemplateId === id);
