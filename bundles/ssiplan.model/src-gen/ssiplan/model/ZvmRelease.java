/**
 */
package ssiplan.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Zvm Release</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * z/VM release; the value orders releases (620 = 6.2).
 * <!-- end-model-doc -->
 * @see ssiplan.model.SsiplanPackage#getZvmRelease()
 * @model
 * @generated
 */
public enum ZvmRelease implements Enumerator {
	/**
	 * The '<em><b>V6 2</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #V6_2_VALUE
	 * @generated
	 * @ordered
	 */
	V6_2(620, "V6_2", "6.2"),

	/**
	 * The '<em><b>V6 3</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #V6_3_VALUE
	 * @generated
	 * @ordered
	 */
	V6_3(630, "V6_3", "6.3"),

	/**
	 * The '<em><b>V6 4</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #V6_4_VALUE
	 * @generated
	 * @ordered
	 */
	V6_4(640, "V6_4", "6.4"),

	/**
	 * The '<em><b>V7 1</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #V7_1_VALUE
	 * @generated
	 * @ordered
	 */
	V7_1(710, "V7_1", "7.1"),

	/**
	 * The '<em><b>V7 2</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #V7_2_VALUE
	 * @generated
	 * @ordered
	 */
	V7_2(720, "V7_2", "7.2"),

	/**
	 * The '<em><b>V7 3</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #V7_3_VALUE
	 * @generated
	 * @ordered
	 */
	V7_3(730, "V7_3", "7.3"),

	/**
	 * The '<em><b>V7 4</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #V7_4_VALUE
	 * @generated
	 * @ordered
	 */
	V7_4(740, "V7_4", "7.4"),

	/**
	 * The '<em><b>V7 5</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #V7_5_VALUE
	 * @generated
	 * @ordered
	 */
	V7_5(750, "V7_5", "7.5");

	/**
	 * The '<em><b>V6 2</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #V6_2
	 * @model literal="6.2"
	 * @generated
	 * @ordered
	 */
	public static final int V6_2_VALUE = 620;

	/**
	 * The '<em><b>V6 3</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #V6_3
	 * @model literal="6.3"
	 * @generated
	 * @ordered
	 */
	public static final int V6_3_VALUE = 630;

	/**
	 * The '<em><b>V6 4</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #V6_4
	 * @model literal="6.4"
	 * @generated
	 * @ordered
	 */
	public static final int V6_4_VALUE = 640;

	/**
	 * The '<em><b>V7 1</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #V7_1
	 * @model literal="7.1"
	 * @generated
	 * @ordered
	 */
	public static final int V7_1_VALUE = 710;

	/**
	 * The '<em><b>V7 2</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #V7_2
	 * @model literal="7.2"
	 * @generated
	 * @ordered
	 */
	public static final int V7_2_VALUE = 720;

	/**
	 * The '<em><b>V7 3</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #V7_3
	 * @model literal="7.3"
	 * @generated
	 * @ordered
	 */
	public static final int V7_3_VALUE = 730;

	/**
	 * The '<em><b>V7 4</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #V7_4
	 * @model literal="7.4"
	 * @generated
	 * @ordered
	 */
	public static final int V7_4_VALUE = 740;

	/**
	 * The '<em><b>V7 5</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #V7_5
	 * @model literal="7.5"
	 * @generated
	 * @ordered
	 */
	public static final int V7_5_VALUE = 750;

	/**
	 * An array of all the '<em><b>Zvm Release</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ZvmRelease[] VALUES_ARRAY =
		new ZvmRelease[] {
			V6_2,
			V6_3,
			V6_4,
			V7_1,
			V7_2,
			V7_3,
			V7_4,
			V7_5,
		};

	/**
	 * A public read-only list of all the '<em><b>Zvm Release</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ZvmRelease> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Zvm Release</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ZvmRelease get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ZvmRelease result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Zvm Release</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ZvmRelease getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ZvmRelease result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Zvm Release</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ZvmRelease get(int value) {
		switch (value) {
			case V6_2_VALUE: return V6_2;
			case V6_3_VALUE: return V6_3;
			case V6_4_VALUE: return V6_4;
			case V7_1_VALUE: return V7_1;
			case V7_2_VALUE: return V7_2;
			case V7_3_VALUE: return V7_3;
			case V7_4_VALUE: return V7_4;
			case V7_5_VALUE: return V7_5;
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
	private ZvmRelease(int value, String name, String literal) {
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
	
} //ZvmRelease
