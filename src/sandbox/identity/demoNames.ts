// Vocabulary for the demo data set: given names (with the gender they are generated with), surnames, places,
// e-mail domains (example/reserved domains only) and source object types. Plain data, no logic.

export const FEMALE_NAMES: readonly string[] = [
  'Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Barbara', 'Susan', 'Jessica', 'Sarah', 'Karen', 'Nancy',
  'Lisa', 'Margaret', 'Sandra', 'Ashley', 'Kimberly', 'Emily', 'Donna', 'Michelle', 'Dorothy', 'Carol', 'Amanda',
  'Melissa', 'Deborah', 'Stephanie', 'Rebecca', 'Laura', 'Sharon', 'Cynthia', 'Katherine', 'Amy', 'Angela',
  'Shirley', 'Anna', 'Brenda', 'Pamela', 'Nicole', 'Samantha', 'Christine', 'Helen', 'Debra', 'Rachel', 'Carolyn',
  'Janet', 'Maria', 'Heather', 'Diane', 'Julie', 'Joyce', 'Victoria', 'Kelly', 'Christina', 'Lauren', 'Joan',
  'Evelyn', 'Olivia', 'Judith', 'Megan', 'Cheryl', 'Martha', 'Andrea', 'Frances', 'Hannah', 'Jacqueline', 'Ann',
  'Gloria', 'Jean', 'Kathryn', 'Alice', 'Teresa', 'Sara', 'Janice', 'Doris', 'Madison', 'Julia', 'Grace', 'Judy',
  'Abigail', 'Marie', 'Denise', 'Beverly', 'Amber', 'Theresa', 'Marilyn', 'Danielle', 'Diana', 'Brittany',
  'Natalie', 'Sophia', 'Rose', 'Isabella', 'Alexis', 'Kayla', 'Charlotte', 'Renée', 'Zoë', 'Inés', 'Chloé', 'Aiko',
  'Priya', 'Mei', 'Fatima', 'Ngozi', 'Ingrid', 'Astrid', 'Yuki', 'Leilani', 'Siobhan',
];

export const MALE_NAMES: readonly string[] = [
  'James', 'Robert', 'John', 'Michael', 'David', 'William', 'Richard', 'Joseph', 'Thomas', 'Christopher',
  'Charles', 'Daniel', 'Matthew', 'Anthony', 'Mark', 'Donald', 'Steven', 'Andrew', 'Paul', 'Joshua', 'Kenneth',
  'Kevin', 'Brian', 'George', 'Timothy', 'Ronald', 'Jason', 'Edward', 'Jeffrey', 'Ryan', 'Jacob', 'Gary',
  'Nicholas', 'Eric', 'Jonathan', 'Stephen', 'Larry', 'Justin', 'Scott', 'Brandon', 'Benjamin', 'Samuel',
  'Gregory', 'Alexander', 'Patrick', 'Frank', 'Raymond', 'Jack', 'Dennis', 'Jerry', 'Tyler', 'Aaron', 'José',
  'Adam', 'Nathan', 'Henry', 'Zachary', 'Douglas', 'Peter', 'Kyle', 'Noah', 'Ethan', 'Jeremy', 'Walter',
  'Christian', 'Keith', 'Roger', 'Terry', 'Austin', 'Sean', 'Gerald', 'Carl', 'Harold', 'Dylan', 'Arthur',
  'Lawrence', 'Jordan', 'Jesse', 'Bryan', 'Billy', 'Bruce', 'Gabriel', 'Joe', 'Logan', 'Alan', 'Juan', 'Albert',
  'Willie', 'Elijah', 'Wayne', 'Randy', 'Vincent', 'Mason', 'Roy', 'Ralph', 'Bobby', 'Russell', 'Bradley',
  'Philip', 'Eugene', 'Hiroshi', 'Rajesh', 'Wei', 'Omar', 'Chidi', 'Lars', 'Søren', 'Mateo', 'Tariq', 'Kenji',
  'Francisco', 'Theodore',
];

// No two surnames differ only by accents (mailboxes are built from folded names and must stay unique).
// "Doe" is reserved for the reference's John Doe example, so no generated person is accidentally one of them.
export const LAST_NAMES: readonly string[] = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
  'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee',
  'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson', 'Walker', 'Young',
  'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores', 'Green', 'Adams', 'Nelson', 'Baker',
  'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts', 'Gomez', 'Phillips', 'Evans', 'Turner', 'Diaz',
  'Parker', 'Cruz', 'Edwards', 'Collins', 'Reyes', 'Stewart', 'Morris', 'Morales', 'Murphy', 'Cook', 'Rogers',
  'Gutierrez', 'Ortiz', 'Morgan', 'Cooper', 'Peterson', 'Bailey', 'Reed', 'Kelly', 'Howard', 'Ramos', 'Kim',
  'Cox', 'Ward', 'Richardson', 'Watson', 'Brooks', 'Chavez', 'Wood', 'James', 'Bennett', 'Gray', 'Mendoza',
  'Ruiz', 'Hughes', 'Price', 'Alvarez', 'Castillo', 'Sanders', 'Patel', 'Myers', 'Long', 'Ross', 'Foster',
  'Jimenez', 'Powell', 'Jenkins', 'Perry', 'Russell', 'Sullivan', 'Bell', 'Coleman', 'Butler', 'Henderson',
  'Barnes', 'Gonzales', 'Fisher', 'Vasquez', 'Simmons', 'Romero', 'Jordan', 'Patterson', 'Alexander', 'Hamilton',
  'Graham', 'Reynolds', 'Griffin', 'Wallace', 'Moreno', 'West', 'Cole', 'Hayes', 'Bryant', 'Herrera', 'Gibson',
  'Ellis', 'Tran', 'Medina', 'Aguilar', 'Stevens', 'Murray', 'Ford', 'Castro', 'Marshall', 'Owens', 'Harrison',
  'Fernandez', 'McDonald', 'Woods', 'Washington', 'Kennedy', 'Wells', 'Vargas', 'Henry', 'Chen', 'Freeman',
  'Webb', 'Tucker', 'Guzman', 'Burns', 'Crawford', 'Olson', 'Simpson', 'Porter', 'Hunter', 'Gordon', 'Mendez',
  'Silva', 'Shaw', 'Snyder', 'Mason', 'Dixon', 'Muñoz', 'Hunt', 'Hicks', 'Holmes', 'Palmer', 'Wagner', 'Black',
  'Robertson', 'Boyd', 'Rose', 'Stone', 'Salazar', 'Fox', 'Warren', 'Mills', 'Meyer', 'Rice', 'Schmidt',
  'Núñez', 'Müller', 'Schröder', "O'Brien", "O'Connor", 'MacLeod', 'Nakamura', 'Tanaka', 'Okafor',
  'Adeyemi', 'Kowalski', 'Nowak', 'Novak', 'Horvat', 'Larsen', 'Johansson', 'Lindqvist', 'Van der Berg',
  'De la Cruz', 'Singh', 'Sharma', 'Gupta', 'Wang', 'Zhang', 'Liu', 'Yamamoto', 'Suzuki', 'Park', 'Choi',
  'Haddad', 'Khalil', 'Rossi', 'Bianchi', 'Ferrari', 'Dubois', 'Moreau', 'Lefebvre', 'Fischer', 'Weber',
  'Becker', 'Hoffmann', 'Keller', 'Baptiste', 'Mensah', 'Osei', 'Kariuki', 'Otieno', 'Popescu', 'Ionescu',
  'Petrov', 'Ivanova', 'Kuznetsov', 'Papadopoulos', 'Yilmaz', 'Demir', 'Cohen', 'Levi', 'Friedman', 'Abbott',
  'Barker', 'Chambers', 'Dalton', 'Fleming', 'Gallagher', 'Hogan', 'Irwin', 'Keane', 'Lynch', 'Nolan',
];

export const STREETS: readonly string[] = [
  'Main Street', 'Oak Avenue', 'Pine Road', 'Maple Drive', 'Cedar Lane', 'Elm Street', 'Washington Boulevard',
  'Lake View Drive', 'Hill Road', 'Park Avenue', 'Sunset Boulevard', 'River Road', 'Church Street', 'Mill Lane',
  'Highland Avenue', 'Forest Court', 'Spring Street', 'Meadow Lane', 'Walnut Street', 'Chestnut Place',
];

export const CITIES: readonly { City: string; State: string; PostalCode: string }[] = [
  { City: 'Seattle', State: 'WA', PostalCode: '98101' }, { City: 'Tacoma', State: 'WA', PostalCode: '98402' },
  { City: 'Portland', State: 'OR', PostalCode: '97201' }, { City: 'Boise', State: 'ID', PostalCode: '83702' },
  { City: 'Denver', State: 'CO', PostalCode: '80202' }, { City: 'Austin', State: 'TX', PostalCode: '78701' },
  { City: 'Chicago', State: 'IL', PostalCode: '60601' }, { City: 'Columbus', State: 'OH', PostalCode: '43215' },
  { City: 'Atlanta', State: 'GA', PostalCode: '30303' }, { City: 'Miami', State: 'FL', PostalCode: '33130' },
  { City: 'Boston', State: 'MA', PostalCode: '02108' }, { City: 'Brooklyn', State: 'NY', PostalCode: '11201' },
  { City: 'Phoenix', State: 'AZ', PostalCode: '85004' }, { City: 'San Diego', State: 'CA', PostalCode: '92101' },
  { City: 'Oakland', State: 'CA', PostalCode: '94612' }, { City: 'Minneapolis', State: 'MN', PostalCode: '55401' },
  { City: 'Nashville', State: 'TN', PostalCode: '37203' }, { City: 'Raleigh', State: 'NC', PostalCode: '27601' },
];

/** Example/reserved domains only (RFC 2606 and the AWS docs' anycompany.com). */
export const EMAIL_DOMAINS: readonly string[] = ['example.com', 'example.org', 'example.net', 'anycompany.com'];

/** Object type names the demo profiles come from (the demo domain defines these, see sandbox/demo/buildDemo.ts). */
export const DEMO_SOURCE_OBJECT_TYPES: readonly string[] = ['CTR', 'ShopifyCustomer', 'SalesforceContact'];

export const LOYALTY_TIERS: readonly string[] = ['bronze', 'silver', 'gold', 'platinum'];

export const COMPANY_WORDS: readonly string[] = [
  'Any', 'Example', 'Octank', 'Northwind', 'Contoso', 'Fabrikam', 'Tailspin', 'Woodgrove', 'Litware', 'Proseware',
];
