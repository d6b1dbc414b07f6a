/**
 */
package ssiplan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Machine Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * IBM Z machine; the enum value is IBM's 4-digit machine type (general IBM knowledge, not in the reference).
 * <!-- end-model-doc -->
 * @see ssiplan.model.SsiplanPackage#getMachineType()
 * @model
 * @generated
 */
public enum MachineType implements Enumerator {
	/**
	 * The '<em><b>Z10 EC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #Z10_EC_VALUE
	 * @generated
	 * @ordered
	 */
	Z10_EC(2097, "Z10_EC", "z10 EC"),

	/**
	 * The '<em><b>Z10 BC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #Z10_BC_VALUE
	 * @generated
	 * @ordered
	 */
	Z10_BC(2098, "Z10_BC", "z10 BC"),

	/**
	 * The '<em><b>Z196</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #Z196_VALUE
	 * @generated
	 * @ordered
	 */
	Z196(2817, "Z196", "z196"),

	/**
	 * The '<em><b>Z114</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #Z114_VALUE
	 * @generated
	 * @ordered
	 */
	Z114(2818, "Z114", "z114"),

	/**
	 * The '<em><b>ZEC12</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ZEC12_VALUE
	 * @generated
	 * @ordered
	 */
	ZEC12(2827, "ZEC12", "zEC12"),

	/**
	 * The '<em><b>ZBC12</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ZBC12_VALUE
	 * @generated
	 * @ordered
	 */
	ZBC12(2828, "ZBC12", "zBC12"),

	/**
	 * The '<em><b>Z13</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #Z13_VALUE
	 * @generated
	 * @ordered
	 */
	Z13(2964, "Z13", "z13"),

	/**
	 * The '<em><b>Z13S</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #Z13S_VALUE
	 * @generated
	 * @ordered
	 */
	Z13S(2965, "Z13S", "z13s"),

	/**
	 * The '<em><b>Z14</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #Z14_VALUE
	 * @generated
	 * @ordered
	 */
	Z14(3906, "Z14", "z14"),

	/**
	 * The '<em><b>Z14 ZR1</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #Z14_ZR1_VALUE
	 * @generated
	 * @ordered
	 */
	Z14_ZR1(3907, "Z14_ZR1", "z14 ZR1"),

	/**
	 * The '<em><b>Z15</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #Z15_VALUE
	 * @generated
	 * @ordered
	 */
	Z15(8561, "Z15", "z15"),

	/**
	 * The '<em><b>Z15 T02</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #Z15_T02_VALUE
	 * @generated
	 * @ordered
	 */
	Z15_T02(8562, "Z15_T02", "z15 T02"),

	/**
	 * The '<em><b>Z16</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #Z16_VALUE
	 * @generated
	 * @ordered
	 */
	Z16(3931, "Z16", "z16"),

	/**
	 * The '<em><b>Z16 A02</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #Z16_A02_VALUE
	 * @generated
	 * @ordered
	 */
	Z16_A02(3932, "Z16_A02", "z16 A02"),

	/**
	 * The '<em><b>Z17</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #Z17_VALUE
	 * @generated
	 * @ordered
	 */
	Z17(9175, "Z17", "z17");

	/**
	 * The '<em><b>Z10 EC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #Z10_EC
	 * @model literal="z10 EC"
	 * @generated
	 * @ordered
	 */
	public static final int Z10_EC_VALUE = 2097;

	/**
	 * The '<em><b>Z10 BC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #Z10_BC
	 * @model literal="z10 BC"
	 * @generated
	 * @ordered
	 */
	public static final int Z10_BC_VALUE = 2098;

	/**
	 * The '<em><b>Z196</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #Z196
	 * @model literal="z196"
	 * @generated
	 * @ordered
	 */
	public static final int Z196_VALUE = 2817;

	/**
	 * The '<em><b>Z114</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #Z114
	 * @model literal="z114"
	 * @generated
	 * @ordered
	 */
	public static final int Z114_VALUE = 2818;

	/**
	 * The '<em><b>ZEC12</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ZEC12
	 * @model literal="zEC12"
	 * @generated
	 * @ordered
	 */
	public static final int ZEC12_VALUE = 2827;

	/**
	 * The '<em><b>ZBC12</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ZBC12
	 * @model literal="zBC12"
	 * @generated
	 * @ordered
	 */
	public static final int ZBC12_VALUE = 2828;

	/**
	 * The '<em><b>Z13</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #Z13
	 * @model literal="z13"
	 * @generated
	 * @ordered
	 */
	public static final int Z13_VALUE = 2964;

	/**
	 * The '<em><b>Z13S</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #Z13S
	 * @model literal="z13s"
	 * @generated
	 * @ordered
	 */
	public static final int Z13S_VALUE = 2965;

	/**
	 * The '<em><b>Z14</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #Z14
	 * @model literal="z14"
	 * @generated
	 * @ordered
	 */
	public static final int Z14_VALUE = 3906;

	/**
	 * The '<em><b>Z14 ZR1</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #Z14_ZR1
	 * @model literal="z14 ZR1"
	 * @generated
	 * @ordered
	 */
	public static final int Z14_ZR1_VALUE = 3907;

	/**
	 * The '<em><b>Z15</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #Z15
	 * @model literal="z15"
	 * @generated
	 * @ordered
	 */
	public static final int Z15_VALUE = 8561;

	/**
	 * The '<em><b>Z15 T02</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #Z15_T02
	 * @model literal="z15 T02"
	 * @generated
	 * @ordered
	 */
	public static final int Z15_T02_VALUE = 8562;

	/**
	 * The '<em><b>Z16</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #Z16
	 * @model literal="z16"
	 * @generated
	 * @ordered
	 */
	public static final int Z16_VALUE = 3931;

	/**
	 * The '<em><b>Z16 A02</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #Z16_A02
	 * @model literal="z16 A02"
	 * @generated
	 * @ordered
	 */
	public static final int Z16_A02_VALUE = 3932;

	/**
	 * The '<em><b>Z17</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #Z17
	 * @model literal="z17"
	 * @generated
	 * @ordered
	 */
	public static final int Z17_VALUE = 9175;

	/**
	 * An array of all the '<em><b>Machine Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MachineType[] VALUES_ARRAY =
		new MachineType[] {
			Z10_EC,
			Z10_BC,
			Z196,
			Z114,
			ZEC12,
			ZBC12,
			Z13,
			Z13S,
			Z14,
			Z14_ZR1,
			Z15,
			Z15_T02,
			Z16,
			Z16_A02,
			Z17,
		};

	/**
	 * A public read-only list of all the '<em><b>Machine Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MachineType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Machine Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MachineType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MachineType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Machine Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MachineType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MachineType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Machine Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MachineType get(int value) {
		switch (value) {
			case Z10_EC_VALUE: return Z10_EC;
			case Z10_BC_VALUE: return Z10_BC;
			case Z196_VALUE: return Z196;
			case Z114_VALUE: return Z114;
			case ZEC12_VALUE: return ZEC12;
			case ZBC12_VALUE: return ZBC12;
			case Z13_VALUE: return Z13;
			case Z13S_VALUE: return Z13S;
			case Z14_VALUE: return Z14;
			case Z14_ZR1_VALUE: return Z14_ZR1;
			case Z15_VALUE: return Z15;
			case Z15_T02_VALUE: return Z15_T02;
			case Z16_VALUE: return Z16;
			case Z16_A02_VALUE: return Z16_A02;
			case Z17_VALUE: return Z17;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private MachineType(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //MachineType
