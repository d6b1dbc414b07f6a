/**
 */
package ssiplan.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import ssiplan.model.SegmentKind;
import ssiplan.model.SegmentPageType;
import ssiplan.model.SegmentUse;
import ssiplan.model.SsiplanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Segment Use</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.impl.SegmentUseImpl#getName <em>Name</em>}</li>
 *   <li>{@link ssiplan.model.impl.SegmentUseImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link ssiplan.model.impl.SegmentUseImpl#getPageType <em>Page Type</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SegmentUseImpl extends EObjectImpl implements SegmentUse {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final SegmentKind KIND_EDEFAULT = SegmentKind.DCSS;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected SegmentKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getPageType() <em>Page Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPageType()
	 * @generated
	 * @ordered
	 */
	protected static final SegmentPageType PAGE_TYPE_EDEFAULT = SegmentPageType.SR;

	/**
	 * The cached value of the '{@link #getPageType() <em>Page Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPageType()
	 * @generated
	 * @ordered
	 */
	protected SegmentPageType pageType = PAGE_TYPE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SegmentUseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SsiplanPackage.Literals.SEGMENT_USE;
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
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.SEGMENT_USE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SegmentKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(SegmentKind newKind) {
		SegmentKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.SEGMENT_USE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SegmentPageType getPageType() {
		return pageType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPageType(SegmentPageType newPageType) {
		SegmentPageType oldPageType = pageType;
		pageType = newPageType == null ? PAGE_TYPE_EDEFAULT : newPageType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.SEGMENT_USE__PAGE_TYPE, oldPageType, pageType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SsiplanPackage.SEGMENT_USE__NAME:
				return getName();
			case SsiplanPackage.SEGMENT_USE__KIND:
				return getKind();
			case SsiplanPackage.SEGMENT_USE__PAGE_TYPE:
				return getPageType();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SsiplanPackage.SEGMENT_USE__NAME:
				setName((String)newValue);
				return;
			case SsiplanPackage.SEGMENT_USE__KIND:
				setKind((SegmentKind)newValue);
				return;
			case SsiplanPackage.SEGMENT_USE__PAGE_TYPE:
				setPageType((SegmentPageType)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SsiplanPackage.SEGMENT_USE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SsiplanPackage.SEGMENT_USE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case SsiplanPackage.SEGMENT_USE__PAGE_TYPE:
				setPageType(PAGE_TYPE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SsiplanPackage.SEGMENT_USE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SsiplanPackage.SEGMENT_USE__KIND:
				return kind != KIND_EDEFAULT;
			case SsiplanPackage.SEGMENT_USE__PAGE_TYPE:
				return pageType != PAGE_TYPE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", kind: ");
		result.append(kind);
		result.append(", pageType: ");
		result.append(pageType);
		result.append(')');
		return result.toString();
	}

} //SegmentUseImpl
